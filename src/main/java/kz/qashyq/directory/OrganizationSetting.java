package kz.qashyq.directory;

import java.time.ZoneId;

/**
 * What decides an organization's regime (O-1.15a, O-1.15b, O-1.9b): its kind and level,
 * its ownership and the attributes of its settlement.
 *
 * @param organizationId the organization's id
 * @param kind the code of its kind (O-1b), for example {@code SECONDARY_SCHOOL}
 * @param level the level of its kind: {@code PRESCHOOL}, {@code SCHOOL}, {@code TVET},
 * {@code HIGHER}, {@code ADDITIONAL} or {@code SUPPORT}
 * @param ownership {@code STATE}, {@code PRIVATE}, {@code INTERNATIONAL} or {@code NIS}
 * @param ruralRemote whether its settlement is rural and remote
 * @param infectionRegistered whether coronavirus infection is registered in its
 * settlement
 * @param timeZone the IANA time zone of its local dates and times
 */
public record OrganizationSetting(long organizationId, String kind, String level, String ownership, boolean ruralRemote,
		boolean infectionRegistered, ZoneId timeZone) {

}
