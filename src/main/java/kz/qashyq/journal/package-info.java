/**
 * Journal: the electronic journal per class or group and subject (lessons from the
 * timetable, topics from the plan, attendance by channel, marks from coursework and by
 * hand, term marks), preschool daily attendance, and the parent's and curator's views.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "platform", "directory", "policy", "schedule", "content", "coursework" })
package kz.qashyq.journal;
