/**
 * Access: accounts, sign-in with lockout and rate limit, grants (role + scope), observer
 * logins and the append-only audit log.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "directory" })
package kz.qashyq.access;
