/**
 * Guidance: the step-by-step guide of each role (O-3.1d) — how to take part in distance
 * learning under the order with this platform, each step linking to the page where it is
 * done — offered on the home page until it is opened and kept under "Guide"; each
 * account's openings, steps done and completion, and the organization's list of learners,
 * parents and teachers who have not completed theirs before the first class date (A1-11).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "directory", "policy" })
package kz.qashyq.guidance;
