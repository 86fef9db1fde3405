package kz.qashyq;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class ApplicationStartsTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void shouldMigrateAndSeedTheTwentyTopLevelUnits() {
		assertThat(this.jdbc.sql("select count(*) from region where kind = 'REGION'").query(Integer.class).single())
			.isEqualTo(17);
		assertThat(this.jdbc.sql("select count(*) from region where kind = 'CITY'").query(Integer.class).single())
			.isEqualTo(3);
	}

}
