package org.tomatic.persistence;

import org.springframework.beans.factory.annotation.Autowired;
import org.tomatic.IntegrationTest;
import org.tomatic.availability.AvailabilityRepository;
import org.tomatic.people.PersonRepository;
import org.tomatic.system.AuditLog;
import org.tomatic.system.TurnGridRepository;

class H2PersistenceTests extends IntegrationTest implements PersistenceContract {

    @Autowired PersonRepository people;
    @Autowired AvailabilityRepository availability;
    @Autowired TurnGridRepository grid;
    @Autowired AuditLog audit;
    @Autowired org.tomatic.legacy.LegacyImporter importer;
    @Autowired org.tomatic.timetable.TimetableRepository timetables;
    @Autowired org.tomatic.load.CreditService credit;
    @Autowired org.tomatic.planner.PlanningRuns planner;

    @Override public PersonRepository people() { return people; }
    @Override public AvailabilityRepository availability() { return availability; }
    @Override public TurnGridRepository grid() { return grid; }
    @Override public AuditLog audit() { return audit; }
    @Override public org.tomatic.legacy.LegacyImporter importer() { return importer; }
    @Override public org.tomatic.timetable.TimetableRepository timetables() { return timetables; }
    @Override public org.tomatic.load.CreditService credit() { return credit; }
    @Override public org.tomatic.planner.PlanningRuns planner() { return planner; }
}
