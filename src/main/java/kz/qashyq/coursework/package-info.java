/**
 * Coursework: assignments with release times, deadlines, channels and criteria (rubrics),
 * submissions through any channel with receipts, grading by criteria with feedback, the
 * teacher's inbox and the learner's and parent's view of tasks.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "platform", "directory", "content", "schedule" })
package kz.qashyq.coursework;
