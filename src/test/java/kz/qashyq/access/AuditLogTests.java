package kz.qashyq.access;

import kz.qashyq.support.EnglishByDefault;
import kz.qashyq.access.AccessTestData.Org;
import kz.qashyq.platform.audit.AuditEvent;
import kz.qashyq.platform.audit.AuditTrail;
import kz.qashyq.platform.security.Grant;
import kz.qashyq.platform.security.QashyqUser;
import kz.qashyq.platform.security.Role;
import kz.qashyq.platform.security.ScopeRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@Import(EnglishByDefault.class)
@AutoConfigureMockMvc
class AuditLogTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountManagement accountManagement;

	@Autowired
	UserDetailsService users;

	@Autowired
	AuditTrail audit;

	AccessTestData data;

	Org college;

	Org neighbour;

	Org elsewhere;

	@BeforeEach
	void setUp() {
		this.data = new AccessTestData(this.jdbc, this.accountManagement, this.users);
		this.college = this.data.organization(14, "TVET");
		this.neighbour = this.data.organization(14, "SECONDARY_SCHOOL");
		this.elsewhere = this.data.organization(15, "SECONDARY_SCHOOL");
	}

	@Test
	@DisplayName("A1-24a the audit log cannot be edited: UPDATE, DELETE and TRUNCATE are refused")
	void shouldRefuseToChangeTheAuditLog() {
		String marker = "grade-" + AccessTestData.next();
		this.audit.record(AuditEvent.of("UPDATE", "GRADE", marker, this.college.path(), "4 -> 5"));
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.sql("update audit_log set details = 'forged' where object_id = ?")
				.param(marker)
				.update())
			.withMessageContaining("append-only");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.sql("delete from audit_log where object_id = ?").param(marker).update())
			.withMessageContaining("append-only");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.sql("truncate audit_log").update())
			.withMessageContaining("append-only");
		assertThat(this.jdbc.sql("select details from audit_log where object_id = ?")
			.param(marker)
			.query(String.class)
			.single()).isEqualTo("4 -> 5");
	}

	@Test
	@DisplayName("A1-24a a head reads the audit log of their organization only; a region reads its region")
	void shouldShowOnlyTheEntriesOfTheUsersScope() throws Exception {
		String own = record(this.college);
		String neighbours = record(this.neighbour);
		String foreign = record(this.elsewhere);
		QashyqUser head = this.data.user(this.data.account("head", null,
				new Grant(Role.ORGANIZATION_HEAD, ScopeRef.organization(this.college.id()))));
		this.mvc.perform(get("/access/audit").with(user(head)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(own)))
			.andExpect(content().string(not(containsString(neighbours))))
			.andExpect(content().string(not(containsString(foreign))));
		QashyqUser deputy = this.data.user(this.data.account("deputy", null,
				new Grant(Role.DEPUTY_HEAD, ScopeRef.organization(this.neighbour.id()))));
		this.mvc.perform(get("/access/audit").with(user(deputy)))
			.andExpect(content().string(containsString(neighbours)))
			.andExpect(content().string(not(containsString(own))));
		QashyqUser region = this.data
			.user(this.data.account("region", null, new Grant(Role.REGION_DEPARTMENT, ScopeRef.region(14))));
		this.mvc.perform(get("/access/audit").with(user(region)))
			.andExpect(content().string(containsString(own)))
			.andExpect(content().string(containsString(neighbours)))
			.andExpect(content().string(not(containsString(foreign))));
	}

	@Test
	@DisplayName("A1-24a the audit log is searched by user, action, object type and dates")
	void shouldFilterTheEntries() throws Exception {
		String grade = record(this.college);
		String other = "timetable-" + AccessTestData.next();
		this.audit.record(AuditEvent.of("CREATE", "LESSON", other, this.college.path(), null));
		QashyqUser head = this.data.user(this.data.account("head", null,
				new Grant(Role.ORGANIZATION_HEAD, ScopeRef.organization(this.college.id()))));
		this.mvc.perform(get("/access/audit").param("action", "update").param("type", "grade").with(user(head)))
			.andExpect(content().string(containsString(grade)))
			.andExpect(content().string(not(containsString(other))));
		this.mvc.perform(get("/access/audit").param("user", "syst").param("type", "LESSON").with(user(head)))
			.andExpect(content().string(containsString(other)))
			.andExpect(content().string(not(containsString(grade))));
		String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Almaty")).toString();
		this.mvc.perform(get("/access/audit").param("from", today).param("to", today).with(user(head)))
			.andExpect(content().string(containsString(grade)));
		this.mvc.perform(get("/access/audit").param("to", "2020-03-15").with(user(head)))
			.andExpect(content().string(not(containsString(grade))));
		this.mvc.perform(get("/access/audit").param("from", "not-a-date").with(user(head)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A date is not valid")))
			.andExpect(content().string(containsString(grade)));
	}

	@Test
	@DisplayName("A1-24a the audit log shows 50 entries a page, newest first")
	void shouldPageFiftyEntriesNewestFirst() throws Exception {
		Org org = this.data.organization(14, "TVET");
		String prefix = "page-" + AccessTestData.next() + "-";
		for (int i = 1; i <= 55; i++) {
			this.audit.record(AuditEvent.of("UPDATE", "GRADE", prefix + i + ".", org.path(), null));
		}
		QashyqUser head = this.data
			.user(this.data.account("head", null, new Grant(Role.ORGANIZATION_HEAD, ScopeRef.organization(org.id()))));
		String first = this.mvc.perform(get("/access/audit").param("type", "GRADE").with(user(head)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(first.split(prefix, -1)).hasSize(51);
		assertThat(first.indexOf(prefix + "55.")).isLessThan(first.indexOf(prefix + "54."));
		assertThat(first).doesNotContain(prefix + "5.").contains(prefix + "6.").contains("Older entries");
		java.util.regex.Matcher next = java.util.regex.Pattern.compile("before=([0-9]+)").matcher(first);
		assertThat(next.find()).isTrue();
		String second = this.mvc
			.perform(get("/access/audit").param("type", "GRADE").param("before", next.group(1)).with(user(head)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(second.split(prefix, -1)).hasSize(6);
		assertThat(second).contains(prefix + "1.").doesNotContain("Older entries");
	}

	@Test
	@DisplayName("A1-24a only heads, deputies and territorial bodies read the audit log")
	void shouldRefuseTheAuditLogToATeacher() throws Exception {
		QashyqUser teacher = this.data.user(
				this.data.account("teacher", null, new Grant(Role.TEACHER, ScopeRef.organization(this.college.id()))));
		this.mvc.perform(get("/access/audit").with(user(teacher))).andExpect(status().isForbidden());
	}

	private String record(Org org) {
		String marker = "grade-" + AccessTestData.next() + "-" + org.id() + "x";
		this.audit.record(AuditEvent.of("UPDATE", "GRADE", marker, org.path(), "4 -> 5"));
		return marker;
	}

}
