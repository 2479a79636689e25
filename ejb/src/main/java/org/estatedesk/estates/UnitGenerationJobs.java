package org.estatedesk.estates;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.estatedesk.jobs.JobRun;
import org.estatedesk.jobs.JobRunService;
import org.estatedesk.jobs.JobRunView;
import org.estatedesk.shared.CallerContext;
import org.estatedesk.shared.ConflictException;
import org.estatedesk.shared.NotFoundException;
import org.estatedesk.shared.Roles;
import org.estatedesk.shared.RuleViolationException;

/**
 * Unit generation for large estates (R0.3) as a batch job: the same rules as the interactive generation, any
 * number of buildings without units yet, up to {@value #MAX_UNITS} units per run. Codes are unique by the
 * pattern's rules and the database's unique key; a restart continues after the last committed chunk.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.CS_MANAGER, Roles.STAFF})
public class UnitGenerationJobs {
    public static final String JOB = "unit-generation";
    public static final int MAX_UNITS = 5_000_000;

    @Inject
    EstateRepository estates;

    @Inject
    UnitRepository units;

    @Inject
    CallerContext caller;

    @EJB
    JobRunService runs;

    /**
     * Checks the request and starts the job. {@code buildingIds} empty means every building of the estate; with more
     * than one building the pattern must name the building, with more than one entrance the entrance.
     */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER})
    public JobRun start(long estateId, List<Long> buildingIds, UnitGeneration layout) {
        Estate estate = estates.find(estateId, caller.scope()).orElseThrow(() -> new NotFoundException("estate", estateId));
        UnitNumberPattern pattern = layout.validate();
        Map<Long, Building> all = estates.buildings(estateId).stream()
                .collect(Collectors.toMap(Building::getId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<Long> chosen = buildingIds == null || buildingIds.isEmpty() ? List.copyOf(all.keySet())
                : buildingIds.stream().distinct().toList();
        for (Long id : chosen) {
            if (!all.containsKey(id)) {
                throw new NotFoundException("building", id);
            }
        }
        if (chosen.isEmpty()) {
            throw new RuleViolationException("error.generation.noBuildings", "buildingIds");
        }
        if (chosen.size() > 1 && !pattern.namesBuilding()) {
            throw new RuleViolationException("error.generation.buildingToken", "pattern");
        }
        if (layout.entranceCodes().size() > 1 && !pattern.namesEntrance()) {
            throw new RuleViolationException("error.generation.entranceToken", "pattern");
        }
        List<String> occupied = chosen.stream().filter(units::hasUnits).map(id -> all.get(id).getCode()).toList();
        if (!occupied.isEmpty()) {
            throw new ConflictException("error.generation.buildingHasUnits",
                    String.join(", ", occupied.subList(0, Math.min(10, occupied.size()))));
        }
        UnitLayout job = new UnitLayout(estateId, chosen, layout);
        if (job.total() > MAX_UNITS) {
            throw new RuleViolationException("error.generation.tooMany", "unitsPerFloor", MAX_UNITS);
        }
        String description = estate.getCode() + ": " + chosen.size() + " × " + layout.unitsPerBuilding() + " "
                + layout.type() + ", " + pattern;
        return runs.start(JOB, estate.getCompanyId(), estateId, job.total(), description, job.toProperties());
    }

    @RolesAllowed(Roles.STAFF)
    public JobRunView run(long id) {
        JobRunView run = runs.run(id);
        if (!JOB.equals(run.jobName())) {
            throw new NotFoundException("jobRun", id);
        }
        return run;
    }

    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER})
    public JobRunView restart(long id) {
        run(id);
        return runs.restart(id);
    }

    @RolesAllowed(Roles.STAFF)
    public List<JobRunView> recent() {
        return runs.runs(JOB, 50);
    }
}
