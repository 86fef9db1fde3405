package kz.qashyq.directory;

import java.time.ZoneId;

import kz.qashyq.platform.i18n.LocalizedName;

/**
 * An organization as other modules need it: its kind (a code of the seeded list, for
 * example {@code TVET}), its name and its time zone.
 *
 * @param id the organization's id
 * @param kind the code of its kind (O-1b)
 * @param name its name in the three languages
 * @param timeZone the IANA time zone its local dates and times are in
 */
public record OrganizationInfo(long id, String kind, LocalizedName name, ZoneId timeZone) {

}
