/**
 * Demo and benchmark data: the deterministic demo installation with its demo accounts,
 * the startup banner, and the generator that fills a database with a large synthetic
 * country.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "directory", "access", "policy",
		"schedule", "content", "coursework", "journal" })
package kz.qashyq.demo;
