package kz.qashyq.platform.audit;

import java.util.Locale;

/**
 * How the details a module records in the audit log read in a language: a module whose
 * details carry its codes ({@code PRESENT/ONLINE -> LATE/ONLINE}) contributes one as a
 * bean, and the audit log page shows its entries through it.
 */
public interface AuditReading {

	/**
	 * Whether this reads the details of entries about this kind of object.
	 */
	boolean reads(String objectType);

	/**
	 * The details in the language; the details as recorded when they are not in a form
	 * this knows.
	 */
	String read(String objectType, String details, Locale locale);

}
