package kz.qashyq.coursework.internal;

import java.util.Set;

import kz.qashyq.coursework.GradingScale;
import kz.qashyq.coursework.GradingScales;
import kz.qashyq.directory.Directory;
import kz.qashyq.directory.OrganizationInfo;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The scale an organization chose ({@code grading_scale_choice}), otherwise the one its
 * kind uses: 100 points in TVET, post-secondary, higher and postgraduate organizations, 5
 * points elsewhere.
 */
@Service
class JdbcGradingScales implements GradingScales {

	private static final Set<String> HUNDRED_POINT_KINDS = Set.of("TVET", "POST_SECONDARY", "HIGHER", "POSTGRADUATE");

	private final JdbcClient jdbc;

	private final Directory directory;

	JdbcGradingScales(JdbcClient jdbc, Directory directory) {
		this.jdbc = jdbc;
		this.directory = directory;
	}

	@Override
	public GradingScale scaleOf(long organizationId) {
		return this.jdbc.sql("select scale from grading_scale_choice where organization_id = :id")
			.param("id", organizationId)
			.query(String.class)
			.optional()
			.map(GradingScale::valueOf)
			.orElseGet(() -> byKind(organizationId));
	}

	private GradingScale byKind(long organizationId) {
		return this.directory.organization(organizationId)
			.map(OrganizationInfo::kind)
			.filter(HUNDRED_POINT_KINDS::contains)
			.map((kind) -> GradingScale.HUNDRED_POINT)
			.orElse(GradingScale.FIVE_POINT);
	}

}
