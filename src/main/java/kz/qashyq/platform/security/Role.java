package kz.qashyq.platform.security;

import java.util.EnumSet;
import java.util.Set;

import static kz.qashyq.platform.security.Permission.APPROVE_TIMETABLE;
import static kz.qashyq.platform.security.Permission.EDIT_SOCIAL_DATA;
import static kz.qashyq.platform.security.Permission.MANAGE_EVENTS;
import static kz.qashyq.platform.security.Permission.MANAGE_OBSERVERS;
import static kz.qashyq.platform.security.Permission.MANAGE_ORGANIZATIONS;
import static kz.qashyq.platform.security.Permission.MANAGE_POLICY;
import static kz.qashyq.platform.security.Permission.MANAGE_REGIME;
import static kz.qashyq.platform.security.Permission.MANAGE_ROSTER;
import static kz.qashyq.platform.security.Permission.MANAGE_TIMETABLE;
import static kz.qashyq.platform.security.Permission.MANAGE_TV_SCHEDULE;
import static kz.qashyq.platform.security.Permission.VIEW_AUDIT;
import static kz.qashyq.platform.security.Permission.KEEP_JOURNAL;
import static kz.qashyq.platform.security.Permission.VIEW_JOURNAL;
import static kz.qashyq.platform.security.Permission.MANAGE_COURSEWORK;
import static kz.qashyq.platform.security.Permission.VIEW_COURSEWORK;
import static kz.qashyq.platform.security.Permission.REVIEW_CONTENT;
import static kz.qashyq.platform.security.Permission.MANAGE_CONTENT;
import static kz.qashyq.platform.security.Permission.VIEW_CONTENT;
import static kz.qashyq.platform.security.Permission.VIEW_GROUPS;
import static kz.qashyq.platform.security.Permission.VIEW_GUIDE_PROGRESS;
import static kz.qashyq.platform.security.Permission.VIEW_LEARNERS;
import static kz.qashyq.platform.security.Permission.VIEW_OWN;
import static kz.qashyq.platform.security.Permission.VIEW_PERSONAL_DATA;
import static kz.qashyq.platform.security.Permission.VIEW_SOCIAL_DATA;
import static kz.qashyq.platform.security.Permission.VIEW_TIMETABLE;
import static kz.qashyq.platform.security.Permission.VIEW_TREE;

/**
 * The roles of the order and its annex (O-1.4a) with their default permissions. A role
 * acts only within the scope of the grant that gives it (O-1.4b). Read-only roles never
 * write (O-2.9a, O-1.26a).
 */
public enum Role {

	MINISTRY_ADMIN(false, VIEW_TREE, VIEW_GROUPS, MANAGE_ORGANIZATIONS, VIEW_AUDIT, MANAGE_POLICY, MANAGE_REGIME,
			VIEW_TIMETABLE, MANAGE_EVENTS, MANAGE_TV_SCHEDULE),

	QA_OBSERVER(true, VIEW_TREE, VIEW_GROUPS, VIEW_TIMETABLE, VIEW_CONTENT),

	REGION_DEPARTMENT(false, VIEW_TREE, VIEW_GROUPS, MANAGE_ORGANIZATIONS, VIEW_AUDIT, MANAGE_REGIME, VIEW_TIMETABLE,
			MANAGE_EVENTS),

	DISTRICT_DIVISION(false, VIEW_TREE, VIEW_GROUPS, MANAGE_ORGANIZATIONS, VIEW_AUDIT, MANAGE_REGIME, VIEW_TIMETABLE,
			MANAGE_EVENTS),

	METHODOLOGICAL_CENTRE(true, VIEW_TREE, VIEW_GROUPS, VIEW_TIMETABLE, VIEW_CONTENT),

	ORGANIZATION_HEAD(false, VIEW_TREE, VIEW_GROUPS, VIEW_LEARNERS, VIEW_PERSONAL_DATA, VIEW_SOCIAL_DATA,
			EDIT_SOCIAL_DATA, MANAGE_ROSTER, MANAGE_OBSERVERS, VIEW_AUDIT, VIEW_TIMETABLE, MANAGE_TIMETABLE,
			APPROVE_TIMETABLE, MANAGE_EVENTS, VIEW_CONTENT, MANAGE_CONTENT, REVIEW_CONTENT, VIEW_COURSEWORK,
			MANAGE_COURSEWORK, VIEW_JOURNAL, KEEP_JOURNAL, VIEW_GUIDE_PROGRESS),

	/** Prepares timetables; only the head approves them (A1-23c). */
	DEPUTY_HEAD(false, VIEW_TREE, VIEW_GROUPS, VIEW_LEARNERS, VIEW_PERSONAL_DATA, VIEW_SOCIAL_DATA, MANAGE_ROSTER,
			VIEW_AUDIT, VIEW_TIMETABLE, MANAGE_TIMETABLE, MANAGE_EVENTS, VIEW_CONTENT, MANAGE_CONTENT, REVIEW_CONTENT,
			VIEW_COURSEWORK, MANAGE_COURSEWORK, VIEW_JOURNAL, KEEP_JOURNAL, VIEW_GUIDE_PROGRESS),

	DET_RESPONSIBLE(false, VIEW_GROUPS, VIEW_LEARNERS, VIEW_PERSONAL_DATA, MANAGE_ROSTER, VIEW_TIMETABLE,
			MANAGE_TIMETABLE, MANAGE_EVENTS, VIEW_CONTENT, MANAGE_CONTENT, VIEW_COURSEWORK, VIEW_JOURNAL,
			VIEW_GUIDE_PROGRESS),

	TEACHER(false, VIEW_GROUPS, VIEW_LEARNERS, VIEW_TIMETABLE, VIEW_CONTENT, MANAGE_CONTENT, VIEW_COURSEWORK,
			MANAGE_COURSEWORK, VIEW_JOURNAL, KEEP_JOURNAL),

	CURATOR(false, VIEW_GROUPS, VIEW_LEARNERS, VIEW_PERSONAL_DATA, VIEW_SOCIAL_DATA, VIEW_TIMETABLE, VIEW_CONTENT,
			VIEW_COURSEWORK, VIEW_JOURNAL, KEEP_JOURNAL),

	SOCIAL_PEDAGOGUE(false, VIEW_GROUPS, VIEW_LEARNERS, VIEW_PERSONAL_DATA, VIEW_SOCIAL_DATA, EDIT_SOCIAL_DATA,
			VIEW_TIMETABLE, VIEW_COURSEWORK, VIEW_JOURNAL),

	PSYCHOLOGIST(false, VIEW_GROUPS, VIEW_LEARNERS, VIEW_PERSONAL_DATA, VIEW_SOCIAL_DATA, VIEW_TIMETABLE),

	LIBRARIAN(false, VIEW_GROUPS, VIEW_LEARNERS, VIEW_TIMETABLE, VIEW_CONTENT, MANAGE_CONTENT),

	STUDENT(false, VIEW_OWN),

	PARENT(false, VIEW_OWN);

	private final boolean readOnly;

	private final Set<Permission> permissions;

	Role(boolean readOnly, Permission first, Permission... rest) {
		this.readOnly = readOnly;
		this.permissions = EnumSet.of(first, rest);
	}

	public boolean isReadOnly() {
		return this.readOnly;
	}

	public Set<Permission> permissions() {
		return this.permissions;
	}

	public boolean has(Permission permission) {
		return this.permissions.contains(permission);
	}

	/**
	 * The message key of the role's name.
	 */
	public String messageKey() {
		return "role." + name();
	}

}
