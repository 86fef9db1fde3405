/**
 * Access: accounts, sign-in with growing delays per login and address, grants (role +
 * scope), observer logins and the append-only audit log.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "directory" })
package kz.qashyq.access;
