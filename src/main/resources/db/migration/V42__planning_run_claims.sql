-- Which instance searches a run, and when it last said it still does (planner.PlanningRuns): a run whose
-- instance stopped saying so for tomatic.planner.heartbeat-timeout is marked interrupted by another one.
ALTER TABLE planning_run ADD COLUMN claimed_by VARCHAR(100);
ALTER TABLE planning_run ADD COLUMN heartbeat_at TIMESTAMP;
