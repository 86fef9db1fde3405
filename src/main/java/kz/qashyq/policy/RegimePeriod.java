package kz.qashyq.policy;

import java.time.LocalDate;

/**
 * A dated stretch of one regime of an organization: a recorded regime period, or the
 * distance period of the policy that gives the organization its regime.
 *
 * @param regime the regime over the period
 * @param from its first day, the first class date under it
 * @param to its last day, or null when open-ended
 * @param recorded whether an education authority recorded it (O-1.5c), rather than the
 * policy giving it
 */
public record RegimePeriod(Regime regime, LocalDate from, LocalDate to, boolean recorded) {

}
