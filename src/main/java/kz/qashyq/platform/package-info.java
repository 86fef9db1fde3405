/**
 * Shared kernel: database bootstrap, the security vocabulary (roles, permissions,
 * scopes), the audit port, internationalisation and the web layout. Depends on no other
 * module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package kz.qashyq.platform;
