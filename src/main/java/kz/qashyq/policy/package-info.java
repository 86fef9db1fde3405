/**
 * Policy: the order as data. Versioned distance-learning policies (lesson length, start
 * times per grade band, teaching days, live-session limits, breaks, holidays, the
 * distance period) grouped in presets, and each organization's regime over time. Other
 * modules ask {@link kz.qashyq.policy.Policies} which rules are in force on a date and
 * whether a lesson keeps them.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "directory" })
package kz.qashyq.policy;
