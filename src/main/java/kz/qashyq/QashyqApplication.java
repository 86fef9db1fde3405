package kz.qashyq;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Qashyq: the national distance-learning platform that carries out MES RK order No. 123.
 */
@SpringBootApplication
public class QashyqApplication {

	public static void main(String[] args) {
		SpringApplication.run(QashyqApplication.class, args);
	}

}
