package kz.qashyq.platform.audit;

/**
 * The append-only audit log (A1-24a, O-2.9b), written in the caller's transaction so that
 * a change and its record are stored together. The access module implements it.
 */
public interface AuditTrail {

	/**
	 * Records an action of the signed-in user (or of the system when nobody is signed
	 * in).
	 */
	void record(AuditEvent event);

}
