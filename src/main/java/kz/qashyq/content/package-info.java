/**
 * Content: disciplines, the e-learning complex (EUMK) of each discipline with its
 * mandatory and additional sets, materials and the knowledge bank, and the
 * calendar-thematic plans published to learners as thematic schedules.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "directory", "schedule" })
package kz.qashyq.content;
