CREATE TABLE "authorities" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_authorities" PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "la_code" TEXT NOT NULL,
    "is_demo" INTEGER NOT NULL,
    "created_at" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "updated_by" TEXT NOT NULL
);


CREATE TABLE "children" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_children" PRIMARY KEY AUTOINCREMENT,
    "la_child_id" TEXT NOT NULL,
    "first_name" TEXT NOT NULL,
    "last_name" TEXT NOT NULL,
    "upn" TEXT NULL,
    "former_upn" TEXT NULL,
    "upn_unknown_reason" TEXT NULL,
    "nhs_number" TEXT NULL,
    "date_of_birth" TEXT NULL,
    "expected_date_of_birth" TEXT NULL,
    "sex" TEXT NOT NULL,
    "gender" TEXT NULL,
    "ethnicity" TEXT NOT NULL,
    "date_of_death" TEXT NULL,
    "is_uasc" INTEGER NOT NULL,
    "uasc_ceased_date" TEXT NULL,
    "home_postcode" TEXT NULL,
    "lsoa" TEXT NULL,
    "is_mother" INTEGER NULL,
    "mothers_child_date_of_birth" TEXT NULL,
    "mother_id" INTEGER NULL,
    "created_at" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "updated_by" TEXT NOT NULL,
    CONSTRAINT "fk_children_children_mother_id" FOREIGN KEY ("mother_id") REFERENCES "children" ("id") ON DELETE SET NULL
);


CREATE TABLE "population_estimates" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_population_estimates" PRIMARY KEY AUTOINCREMENT,
    "year" INTEGER NOT NULL,
    "children" INTEGER NOT NULL,
    "created_at" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "updated_by" TEXT NOT NULL
);


CREATE TABLE "prospective_adopters" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_prospective_adopters" PRIMARY KEY AUTOINCREMENT,
    "adopter_identifier" TEXT NOT NULL,
    "family_identifier" TEXT NULL,
    "sex" TEXT NULL,
    "ethnicity" TEXT NULL,
    "has_disability" INTEGER NULL,
    "fostering_for_adoption" INTEGER NULL,
    "enquiry_date" TEXT NULL,
    "stage1_start_date" TEXT NULL,
    "stage1_end_date" TEXT NULL,
    "stage2_start_date" TEXT NULL,
    "stage2_end_date" TEXT NULL,
    "application_submitted_date" TEXT NULL,
    "approved_date" TEXT NULL,
    "matched_date" TEXT NULL,
    "placed_date" TEXT NULL,
    "children_placed" INTEGER NULL,
    "adoption_order_date" TEXT NULL,
    "left_process_date" TEXT NULL,
    "left_process_reason" TEXT NULL,
    "created_at" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "updated_by" TEXT NOT NULL
);


CREATE TABLE "adoption_decisions" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_adoption_decisions" PRIMARY KEY AUTOINCREMENT,
    "child_id" INTEGER NOT NULL,
    "decision_date" TEXT NOT NULL,
    "decision_ceased_date" TEXT NULL,
    "reason_ceased" TEXT NULL,
    "created_at" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "updated_by" TEXT NOT NULL,
    CONSTRAINT "fk_adoption_decisions_children_child_id" FOREIGN KEY ("child_id") REFERENCES "children" ("id") ON DELETE CASCADE
);


CREATE TABLE "adoptions" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_adoptions" PRIMARY KEY AUTOINCREMENT,
    "child_id" INTEGER NOT NULL,
    "family_identifier" TEXT NULL,
    "date_should_be_placed" TEXT NULL,
    "date_matched" TEXT NULL,
    "date_placed" TEXT NULL,
    "adoption_order_date" TEXT NULL,
    "fostering_for_adoption_date" TEXT NULL,
    "adopted_by_foster_carer" INTEGER NULL,
    "number_of_adopters" INTEGER NULL,
    "sex_of_adopters" TEXT NULL,
    "legal_status_of_adopters" TEXT NULL,
    "created_at" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "updated_by" TEXT NOT NULL,
    CONSTRAINT "fk_adoptions_children_child_id" FOREIGN KEY ("child_id") REFERENCES "children" ("id") ON DELETE CASCADE
);


CREATE TABLE "annual_health_outcomes" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_annual_health_outcomes" PRIMARY KEY AUTOINCREMENT,
    "child_id" INTEGER NOT NULL,
    "year_ending" TEXT NOT NULL,
    "sdq_score" INTEGER NULL,
    "sdq_reason" TEXT NULL,
    "convicted" INTEGER NULL,
    "health_check" INTEGER NULL,
    "immunisations" INTEGER NULL,
    "teeth_check" INTEGER NULL,
    "health_assessment" INTEGER NULL,
    "substance_misuse" INTEGER NULL,
    "intervention_received" INTEGER NULL,
    "intervention_offered" INTEGER NULL,
    "created_at" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "updated_by" TEXT NOT NULL,
    CONSTRAINT "fk_annual_health_outcomes_children_child_id" FOREIGN KEY ("child_id") REFERENCES "children" ("id") ON DELETE CASCADE
);


CREATE TABLE "child_disabilities" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_child_disabilities" PRIMARY KEY AUTOINCREMENT,
    "child_id" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "created_at" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "updated_by" TEXT NOT NULL,
    CONSTRAINT "fk_child_disabilities_children_child_id" FOREIGN KEY ("child_id") REFERENCES "children" ("id") ON DELETE CASCADE
);


CREATE TABLE "cin_episodes" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_cin_episodes" PRIMARY KEY AUTOINCREMENT,
    "child_id" INTEGER NOT NULL,
    "referral_date" TEXT NOT NULL,
    "referral_source" TEXT NOT NULL,
    "primary_need_code" TEXT NULL,
    "referral_nfa" INTEGER NOT NULL,
    "closure_date" TEXT NULL,
    "reason_for_closure" TEXT NULL,
    "created_at" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "updated_by" TEXT NOT NULL,
    CONSTRAINT "fk_cin_episodes_children_child_id" FOREIGN KEY ("child_id") REFERENCES "children" ("id") ON DELETE CASCADE
);


CREATE TABLE "health_assessments" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_health_assessments" PRIMARY KEY AUTOINCREMENT,
    "child_id" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "created_at" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "updated_by" TEXT NOT NULL,
    CONSTRAINT "fk_health_assessments_children_child_id" FOREIGN KEY ("child_id") REFERENCES "children" ("id") ON DELETE CASCADE
);


CREATE TABLE "legal_orders" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_legal_orders" PRIMARY KEY AUTOINCREMENT,
    "child_id" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "date_made" TEXT NOT NULL,
    "end_date" TEXT NULL,
    "created_at" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "updated_by" TEXT NOT NULL,
    CONSTRAINT "fk_legal_orders_children_child_id" FOREIGN KEY ("child_id") REFERENCES "children" ("id") ON DELETE CASCADE
);


CREATE TABLE "periods_of_care" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_periods_of_care" PRIMARY KEY AUTOINCREMENT,
    "child_id" INTEGER NOT NULL,
    "start_date" TEXT NOT NULL,
    "end_date" TEXT NULL,
    "permanence_plan" TEXT NULL,
    "created_at" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "updated_by" TEXT NOT NULL,
    CONSTRAINT "fk_periods_of_care_children_child_id" FOREIGN KEY ("child_id") REFERENCES "children" ("id") ON DELETE CASCADE
);


CREATE TABLE "previous_permanences" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_previous_permanences" PRIMARY KEY AUTOINCREMENT,
    "child_id" INTEGER NOT NULL,
    "previous_permanence_code" TEXT NOT NULL,
    "local_authority" TEXT NULL,
    "date_of_permanence" TEXT NULL,
    "created_at" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "updated_by" TEXT NOT NULL,
    CONSTRAINT "fk_previous_permanences_children_child_id" FOREIGN KEY ("child_id") REFERENCES "children" ("id") ON DELETE CASCADE
);


CREATE TABLE "child_protection_plans" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_child_protection_plans" PRIMARY KEY AUTOINCREMENT,
    "cin_episode_id" INTEGER NOT NULL,
    "child_id" INTEGER NOT NULL,
    "start_date" TEXT NOT NULL,
    "end_date" TEXT NULL,
    "initial_category" TEXT NOT NULL,
    "latest_category" TEXT NOT NULL,
    "number_of_previous_plans" INTEGER NULL,
    "end_reason" TEXT NULL,
    "created_at" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "updated_by" TEXT NOT NULL,
    CONSTRAINT "fk_child_protection_plans_children_child_id" FOREIGN KEY ("child_id") REFERENCES "children" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_child_protection_plans_cin_episodes_cin_episode_id" FOREIGN KEY ("cin_episode_id") REFERENCES "cin_episodes" ("id") ON DELETE CASCADE
);


CREATE TABLE "cin_plans" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_cin_plans" PRIMARY KEY AUTOINCREMENT,
    "cin_episode_id" INTEGER NOT NULL,
    "child_id" INTEGER NOT NULL,
    "start_date" TEXT NOT NULL,
    "end_date" TEXT NULL,
    "end_reason" TEXT NULL,
    "created_at" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "updated_by" TEXT NOT NULL,
    CONSTRAINT "fk_cin_plans_children_child_id" FOREIGN KEY ("child_id") REFERENCES "children" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_cin_plans_cin_episodes_cin_episode_id" FOREIGN KEY ("cin_episode_id") REFERENCES "cin_episodes" ("id") ON DELETE CASCADE
);


CREATE TABLE "care_episodes" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_care_episodes" PRIMARY KEY AUTOINCREMENT,
    "period_of_care_id" INTEGER NOT NULL,
    "child_id" INTEGER NOT NULL,
    "start_date" TEXT NOT NULL,
    "reason_for_new_episode" TEXT NOT NULL,
    "legal_status" TEXT NOT NULL,
    "category_of_need" TEXT NOT NULL,
    "placement_type" TEXT NOT NULL,
    "placement_provider" TEXT NULL,
    "end_date" TEXT NULL,
    "reason_episode_ceased" TEXT NULL,
    "reason_for_placement_change" TEXT NULL,
    "home_postcode" TEXT NULL,
    "placement_postcode" TEXT NULL,
    "placement_urn" TEXT NULL,
    "placement_local_authority" TEXT NULL,
    "created_at" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "updated_by" TEXT NOT NULL,
    CONSTRAINT "fk_care_episodes_children_child_id" FOREIGN KEY ("child_id") REFERENCES "children" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_care_episodes_periods_of_care_period_of_care_id" FOREIGN KEY ("period_of_care_id") REFERENCES "periods_of_care" ("id") ON DELETE CASCADE
);


CREATE TABLE "core_group_meetings" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_core_group_meetings" PRIMARY KEY AUTOINCREMENT,
    "child_protection_plan_id" INTEGER NOT NULL,
    "date" TEXT NOT NULL,
    "created_at" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "updated_by" TEXT NOT NULL,
    CONSTRAINT "fk_core_group_meetings_child_protection_plans_child_protection_plan_id" FOREIGN KEY ("child_protection_plan_id") REFERENCES "child_protection_plans" ("id") ON DELETE CASCADE
);


CREATE TABLE "cp_review_conferences" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_cp_review_conferences" PRIMARY KEY AUTOINCREMENT,
    "child_protection_plan_id" INTEGER NOT NULL,
    "date" TEXT NOT NULL,
    "created_at" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "updated_by" TEXT NOT NULL,
    CONSTRAINT "fk_cp_review_conferences_child_protection_plans_child_protection_plan_id" FOREIGN KEY ("child_protection_plan_id") REFERENCES "child_protection_plans" ("id") ON DELETE CASCADE
);


CREATE TABLE "allocations" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_allocations" PRIMARY KEY AUTOINCREMENT,
    "child_id" INTEGER NOT NULL,
    "team_id" INTEGER NOT NULL,
    "worker_id" INTEGER NULL,
    "start_date" TEXT NOT NULL,
    "end_date" TEXT NULL,
    "created_at" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "updated_by" TEXT NOT NULL,
    CONSTRAINT "fk_allocations_children_child_id" FOREIGN KEY ("child_id") REFERENCES "children" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_allocations_teams_team_id" FOREIGN KEY ("team_id") REFERENCES "teams" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_allocations_workers_worker_id" FOREIGN KEY ("worker_id") REFERENCES "workers" ("id") ON DELETE RESTRICT
);


CREATE TABLE "assessment_factors" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_assessment_factors" PRIMARY KEY AUTOINCREMENT,
    "assessment_id" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "created_at" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "updated_by" TEXT NOT NULL,
    CONSTRAINT "fk_assessment_factors_assessments_assessment_id" FOREIGN KEY ("assessment_id") REFERENCES "assessments" ("id") ON DELETE CASCADE
);


CREATE TABLE "assessments" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_assessments" PRIMARY KEY AUTOINCREMENT,
    "cin_episode_id" INTEGER NOT NULL,
    "child_id" INTEGER NOT NULL,
    "start_date" TEXT NOT NULL,
    "internal_review_date" TEXT NULL,
    "child_seen_date" TEXT NULL,
    "authorisation_date" TEXT NULL,
    "outcome" TEXT NULL,
    "worker_id" INTEGER NULL,
    "authorised_by_id" INTEGER NULL,
    "authorisation_rationale" TEXT NULL,
    "created_at" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "updated_by" TEXT NOT NULL,
    CONSTRAINT "fk_assessments_children_child_id" FOREIGN KEY ("child_id") REFERENCES "children" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_assessments_cin_episodes_cin_episode_id" FOREIGN KEY ("cin_episode_id") REFERENCES "cin_episodes" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_assessments_workers_authorised_by_id" FOREIGN KEY ("authorised_by_id") REFERENCES "workers" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_assessments_workers_worker_id" FOREIGN KEY ("worker_id") REFERENCES "workers" ("id") ON DELETE RESTRICT
);


CREATE TABLE "care_leaver_statuses" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_care_leaver_statuses" PRIMARY KEY AUTOINCREMENT,
    "care_leaver_id" INTEGER NOT NULL,
    "child_id" INTEGER NOT NULL,
    "recorded_on" TEXT NOT NULL,
    "in_touch" TEXT NOT NULL,
    "activity" TEXT NULL,
    "accommodation" TEXT NULL,
    "accommodation_suitable" INTEGER NULL,
    "latest_contact_date" TEXT NULL,
    "created_at" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "updated_by" TEXT NOT NULL,
    CONSTRAINT "fk_care_leaver_statuses_children_child_id" FOREIGN KEY ("child_id") REFERENCES "children" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_care_leaver_statuses_care_leavers_care_leaver_id" FOREIGN KEY ("care_leaver_id") REFERENCES "care_leavers" ("id") ON DELETE CASCADE
);


CREATE TABLE "care_leavers" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_care_leavers" PRIMARY KEY AUTOINCREMENT,
    "child_id" INTEGER NOT NULL,
    "eligibility" TEXT NOT NULL,
    "personal_adviser_id" INTEGER NULL,
    "latest_pathway_plan_review_date" TEXT NULL,
    "created_at" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "updated_by" TEXT NOT NULL,
    CONSTRAINT "fk_care_leavers_children_child_id" FOREIGN KEY ("child_id") REFERENCES "children" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_care_leavers_workers_personal_adviser_id" FOREIGN KEY ("personal_adviser_id") REFERENCES "workers" ("id") ON DELETE RESTRICT
);


CREATE TABLE "contacts" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_contacts" PRIMARY KEY AUTOINCREMENT,
    "child_id" INTEGER NOT NULL,
    "received_at" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "brag_first" TEXT NULL,
    "brag_final" TEXT NULL,
    "decision_at" TEXT NULL,
    "outcome" TEXT NULL,
    "decided_by_id" INTEGER NULL,
    "decision_rationale" TEXT NULL,
    "cin_episode_id" INTEGER NULL,
    "created_at" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "updated_by" TEXT NOT NULL,
    CONSTRAINT "fk_contacts_children_child_id" FOREIGN KEY ("child_id") REFERENCES "children" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_contacts_cin_episodes_cin_episode_id" FOREIGN KEY ("cin_episode_id") REFERENCES "cin_episodes" ("id") ON DELETE SET NULL,
    CONSTRAINT "fk_contacts_workers_decided_by_id" FOREIGN KEY ("decided_by_id") REFERENCES "workers" ("id") ON DELETE RESTRICT
);


CREATE TABLE "early_help_episodes" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_early_help_episodes" PRIMARY KEY AUTOINCREMENT,
    "child_id" INTEGER NOT NULL,
    "start_date" TEXT NOT NULL,
    "assessment_completion_date" TEXT NULL,
    "end_date" TEXT NULL,
    "end_reason" TEXT NULL,
    "team_id" INTEGER NULL,
    "lead_professional_id" INTEGER NULL,
    "lead_agency" TEXT NULL,
    "created_at" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "updated_by" TEXT NOT NULL,
    CONSTRAINT "fk_early_help_episodes_children_child_id" FOREIGN KEY ("child_id") REFERENCES "children" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_early_help_episodes_teams_team_id" FOREIGN KEY ("team_id") REFERENCES "teams" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_early_help_episodes_workers_lead_professional_id" FOREIGN KEY ("lead_professional_id") REFERENCES "workers" ("id") ON DELETE RESTRICT
);


CREATE TABLE "iro_allocations" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_iro_allocations" PRIMARY KEY AUTOINCREMENT,
    "child_id" INTEGER NOT NULL,
    "iro_id" INTEGER NOT NULL,
    "start_date" TEXT NOT NULL,
    "end_date" TEXT NULL,
    "last_contact_date" TEXT NULL,
    "created_at" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "updated_by" TEXT NOT NULL,
    CONSTRAINT "fk_iro_allocations_children_child_id" FOREIGN KEY ("child_id") REFERENCES "children" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_iro_allocations_workers_iro_id" FOREIGN KEY ("iro_id") REFERENCES "workers" ("id") ON DELETE RESTRICT
);


CREATE TABLE "lac_reviews" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_lac_reviews" PRIMARY KEY AUTOINCREMENT,
    "child_id" INTEGER NOT NULL,
    "date" TEXT NOT NULL,
    "participation_code" TEXT NULL,
    "iro_id" INTEGER NULL,
    "created_at" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "updated_by" TEXT NOT NULL,
    CONSTRAINT "fk_lac_reviews_children_child_id" FOREIGN KEY ("child_id") REFERENCES "children" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_lac_reviews_workers_iro_id" FOREIGN KEY ("iro_id") REFERENCES "workers" ("id") ON DELETE RESTRICT
);


CREATE TABLE "missing_episodes" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_missing_episodes" PRIMARY KEY AUTOINCREMENT,
    "child_id" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "start_date" TEXT NOT NULL,
    "end_date" TEXT NULL,
    "returned_at" TEXT NULL,
    "rhi_offered_at" TEXT NULL,
    "rhi_accepted" INTEGER NULL,
    "rhi_completed_at" TEXT NULL,
    "rhi_worker_id" INTEGER NULL,
    "created_at" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "updated_by" TEXT NOT NULL,
    CONSTRAINT "fk_missing_episodes_children_child_id" FOREIGN KEY ("child_id") REFERENCES "children" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_missing_episodes_workers_rhi_worker_id" FOREIGN KEY ("rhi_worker_id") REFERENCES "workers" ("id") ON DELETE RESTRICT
);


CREATE TABLE "section47_enquiries" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_section47_enquiries" PRIMARY KEY AUTOINCREMENT,
    "cin_episode_id" INTEGER NOT NULL,
    "child_id" INTEGER NOT NULL,
    "strategy_discussion_id" INTEGER NULL,
    "start_date" TEXT NOT NULL,
    "initial_cpc_target" TEXT NULL,
    "date_of_initial_cpc" TEXT NULL,
    "icpc_not_required" INTEGER NOT NULL,
    "outcome" TEXT NULL,
    "created_at" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "updated_by" TEXT NOT NULL,
    CONSTRAINT "fk_section47_enquiries_children_child_id" FOREIGN KEY ("child_id") REFERENCES "children" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_section47_enquiries_cin_episodes_cin_episode_id" FOREIGN KEY ("cin_episode_id") REFERENCES "cin_episodes" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_section47_enquiries_strategy_discussions_strategy_discussion_id" FOREIGN KEY ("strategy_discussion_id") REFERENCES "strategy_discussions" ("id") ON DELETE SET NULL
);


CREATE TABLE "services" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_services" PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "head_of_service_id" INTEGER NULL,
    "created_at" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "updated_by" TEXT NOT NULL,
    CONSTRAINT "fk_services_workers_head_of_service_id" FOREIGN KEY ("head_of_service_id") REFERENCES "workers" ("id") ON DELETE RESTRICT
);


CREATE TABLE "teams" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_teams" PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "service_id" INTEGER NOT NULL,
    "created_at" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "updated_by" TEXT NOT NULL,
    CONSTRAINT "fk_teams_services_service_id" FOREIGN KEY ("service_id") REFERENCES "services" ("id") ON DELETE RESTRICT
);


CREATE TABLE "workers" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_workers" PRIMARY KEY AUTOINCREMENT,
    "staff_number" TEXT NOT NULL,
    "first_name" TEXT NOT NULL,
    "last_name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "team_id" INTEGER NULL,
    "manager_id" INTEGER NULL,
    "employment" TEXT NOT NULL,
    "start_date" TEXT NOT NULL,
    "end_date" TEXT NULL,
    "is_case_holding" INTEGER NOT NULL,
    "created_at" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "updated_by" TEXT NOT NULL,
    CONSTRAINT "fk_workers_teams_team_id" FOREIGN KEY ("team_id") REFERENCES "teams" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_workers_workers_manager_id" FOREIGN KEY ("manager_id") REFERENCES "workers" ("id") ON DELETE RESTRICT
);


CREATE TABLE "social_worker_episodes" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_social_worker_episodes" PRIMARY KEY AUTOINCREMENT,
    "child_id" INTEGER NOT NULL,
    "social_worker_id" TEXT NOT NULL,
    "worker_id" INTEGER NULL,
    "start_date" TEXT NOT NULL,
    "end_date" TEXT NULL,
    "reason_for_change" TEXT NULL,
    "created_at" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "updated_by" TEXT NOT NULL,
    CONSTRAINT "fk_social_worker_episodes_children_child_id" FOREIGN KEY ("child_id") REFERENCES "children" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_social_worker_episodes_workers_worker_id" FOREIGN KEY ("worker_id") REFERENCES "workers" ("id") ON DELETE RESTRICT
);


CREATE TABLE "strategy_discussions" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_strategy_discussions" PRIMARY KEY AUTOINCREMENT,
    "cin_episode_id" INTEGER NOT NULL,
    "child_id" INTEGER NOT NULL,
    "date" TEXT NOT NULL,
    "csc_took_part" INTEGER NOT NULL,
    "police_took_part" INTEGER NOT NULL,
    "health_took_part" INTEGER NOT NULL,
    "education_took_part" INTEGER NOT NULL,
    "other_agencies" TEXT NULL,
    "absent_agency_reason" TEXT NULL,
    "decision" TEXT NULL,
    "rationale" TEXT NULL,
    "chaired_by_id" INTEGER NULL,
    "created_at" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "updated_by" TEXT NOT NULL,
    CONSTRAINT "fk_strategy_discussions_children_child_id" FOREIGN KEY ("child_id") REFERENCES "children" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_strategy_discussions_cin_episodes_cin_episode_id" FOREIGN KEY ("cin_episode_id") REFERENCES "cin_episodes" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_strategy_discussions_workers_chaired_by_id" FOREIGN KEY ("chaired_by_id") REFERENCES "workers" ("id") ON DELETE RESTRICT
);


CREATE TABLE "visits" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_visits" PRIMARY KEY AUTOINCREMENT,
    "child_id" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "visit_date" TEXT NOT NULL,
    "recorded_at" TEXT NOT NULL,
    "worker_id" INTEGER NULL,
    "child_seen" INTEGER NOT NULL,
    "seen_alone" INTEGER NOT NULL,
    "note" TEXT NULL,
    "created_at" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "updated_by" TEXT NOT NULL,
    CONSTRAINT "fk_visits_children_child_id" FOREIGN KEY ("child_id") REFERENCES "children" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_visits_workers_worker_id" FOREIGN KEY ("worker_id") REFERENCES "workers" ("id") ON DELETE RESTRICT
);


CREATE INDEX "ix_adoption_decisions_child_id_decision_date" ON "adoption_decisions" ("child_id", "decision_date");


CREATE INDEX "ix_adoptions_child_id" ON "adoptions" ("child_id");


CREATE INDEX "ix_allocations_child_id_start_date" ON "allocations" ("child_id", "start_date");


CREATE INDEX "ix_allocations_team_id_start_date" ON "allocations" ("team_id", "start_date");


CREATE INDEX "ix_allocations_worker_id_start_date" ON "allocations" ("worker_id", "start_date");


CREATE UNIQUE INDEX "ix_annual_health_outcomes_child_id_year_ending" ON "annual_health_outcomes" ("child_id", "year_ending");


CREATE UNIQUE INDEX "ix_assessment_factors_assessment_id_code" ON "assessment_factors" ("assessment_id", "code");


CREATE INDEX "ix_assessments_authorisation_date" ON "assessments" ("authorisation_date");


CREATE INDEX "ix_assessments_authorised_by_id" ON "assessments" ("authorised_by_id");


CREATE INDEX "ix_assessments_child_id_start_date" ON "assessments" ("child_id", "start_date");


CREATE INDEX "ix_assessments_cin_episode_id" ON "assessments" ("cin_episode_id");


CREATE INDEX "ix_assessments_worker_id" ON "assessments" ("worker_id");


CREATE INDEX "ix_care_episodes_child_id_start_date" ON "care_episodes" ("child_id", "start_date");


CREATE INDEX "ix_care_episodes_period_of_care_id" ON "care_episodes" ("period_of_care_id");


CREATE INDEX "ix_care_episodes_start_date_end_date" ON "care_episodes" ("start_date", "end_date");


CREATE INDEX "ix_care_leaver_statuses_care_leaver_id" ON "care_leaver_statuses" ("care_leaver_id");


CREATE INDEX "ix_care_leaver_statuses_child_id_recorded_on" ON "care_leaver_statuses" ("child_id", "recorded_on");


CREATE UNIQUE INDEX "ix_care_leavers_child_id" ON "care_leavers" ("child_id");


CREATE INDEX "ix_care_leavers_personal_adviser_id" ON "care_leavers" ("personal_adviser_id");


CREATE UNIQUE INDEX "ix_child_disabilities_child_id_code" ON "child_disabilities" ("child_id", "code");


CREATE INDEX "ix_child_protection_plans_child_id_start_date" ON "child_protection_plans" ("child_id", "start_date");


CREATE INDEX "ix_child_protection_plans_cin_episode_id" ON "child_protection_plans" ("cin_episode_id");


CREATE INDEX "ix_child_protection_plans_start_date_end_date" ON "child_protection_plans" ("start_date", "end_date");


CREATE UNIQUE INDEX "ix_children_la_child_id" ON "children" ("la_child_id");


CREATE INDEX "ix_children_last_name_first_name" ON "children" ("last_name", "first_name");


CREATE INDEX "ix_children_mother_id" ON "children" ("mother_id");


CREATE INDEX "ix_cin_episodes_child_id_referral_date" ON "cin_episodes" ("child_id", "referral_date");


CREATE INDEX "ix_cin_episodes_referral_date" ON "cin_episodes" ("referral_date");


CREATE INDEX "ix_cin_plans_child_id_start_date" ON "cin_plans" ("child_id", "start_date");


CREATE INDEX "ix_cin_plans_cin_episode_id" ON "cin_plans" ("cin_episode_id");


CREATE INDEX "ix_cin_plans_start_date_end_date" ON "cin_plans" ("start_date", "end_date");


CREATE INDEX "ix_contacts_child_id_received_at" ON "contacts" ("child_id", "received_at");


CREATE INDEX "ix_contacts_cin_episode_id" ON "contacts" ("cin_episode_id");


CREATE INDEX "ix_contacts_decided_by_id" ON "contacts" ("decided_by_id");


CREATE INDEX "ix_contacts_received_at" ON "contacts" ("received_at");


CREATE INDEX "ix_core_group_meetings_child_protection_plan_id_date" ON "core_group_meetings" ("child_protection_plan_id", "date");


CREATE INDEX "ix_cp_review_conferences_child_protection_plan_id_date" ON "cp_review_conferences" ("child_protection_plan_id", "date");


CREATE INDEX "ix_early_help_episodes_child_id_start_date" ON "early_help_episodes" ("child_id", "start_date");


CREATE INDEX "ix_early_help_episodes_lead_professional_id" ON "early_help_episodes" ("lead_professional_id");


CREATE INDEX "ix_early_help_episodes_start_date_end_date" ON "early_help_episodes" ("start_date", "end_date");


CREATE INDEX "ix_early_help_episodes_team_id" ON "early_help_episodes" ("team_id");


CREATE INDEX "ix_health_assessments_child_id_kind_date" ON "health_assessments" ("child_id", "kind", "date");


CREATE INDEX "ix_iro_allocations_child_id_start_date" ON "iro_allocations" ("child_id", "start_date");


CREATE INDEX "ix_iro_allocations_iro_id_start_date" ON "iro_allocations" ("iro_id", "start_date");


CREATE INDEX "ix_lac_reviews_child_id_date" ON "lac_reviews" ("child_id", "date");


CREATE INDEX "ix_lac_reviews_date" ON "lac_reviews" ("date");


CREATE INDEX "ix_lac_reviews_iro_id" ON "lac_reviews" ("iro_id");


CREATE INDEX "ix_legal_orders_child_id_kind_date_made" ON "legal_orders" ("child_id", "kind", "date_made");


CREATE INDEX "ix_missing_episodes_child_id_start_date" ON "missing_episodes" ("child_id", "start_date");


CREATE INDEX "ix_missing_episodes_end_date" ON "missing_episodes" ("end_date");


CREATE INDEX "ix_missing_episodes_rhi_worker_id" ON "missing_episodes" ("rhi_worker_id");


CREATE INDEX "ix_periods_of_care_child_id_start_date" ON "periods_of_care" ("child_id", "start_date");


CREATE INDEX "ix_periods_of_care_start_date_end_date" ON "periods_of_care" ("start_date", "end_date");


CREATE UNIQUE INDEX "ix_population_estimates_year" ON "population_estimates" ("year");


CREATE INDEX "ix_previous_permanences_child_id" ON "previous_permanences" ("child_id");


CREATE UNIQUE INDEX "ix_prospective_adopters_adopter_identifier" ON "prospective_adopters" ("adopter_identifier");


CREATE INDEX "ix_section47_enquiries_child_id_start_date" ON "section47_enquiries" ("child_id", "start_date");


CREATE INDEX "ix_section47_enquiries_cin_episode_id" ON "section47_enquiries" ("cin_episode_id");


CREATE INDEX "ix_section47_enquiries_date_of_initial_cpc" ON "section47_enquiries" ("date_of_initial_cpc");


CREATE INDEX "ix_section47_enquiries_strategy_discussion_id" ON "section47_enquiries" ("strategy_discussion_id");


CREATE INDEX "ix_services_head_of_service_id" ON "services" ("head_of_service_id");


CREATE UNIQUE INDEX "ix_services_name" ON "services" ("name");


CREATE INDEX "ix_social_worker_episodes_child_id_start_date" ON "social_worker_episodes" ("child_id", "start_date");


CREATE INDEX "ix_social_worker_episodes_worker_id" ON "social_worker_episodes" ("worker_id");


CREATE INDEX "ix_strategy_discussions_chaired_by_id" ON "strategy_discussions" ("chaired_by_id");


CREATE INDEX "ix_strategy_discussions_child_id_date" ON "strategy_discussions" ("child_id", "date");


CREATE INDEX "ix_strategy_discussions_cin_episode_id" ON "strategy_discussions" ("cin_episode_id");


CREATE INDEX "ix_strategy_discussions_date" ON "strategy_discussions" ("date");


CREATE UNIQUE INDEX "ix_teams_name" ON "teams" ("name");


CREATE INDEX "ix_teams_service_id" ON "teams" ("service_id");


CREATE INDEX "ix_visits_child_id_kind_visit_date" ON "visits" ("child_id", "kind", "visit_date");


CREATE INDEX "ix_visits_visit_date" ON "visits" ("visit_date");


CREATE INDEX "ix_visits_worker_id" ON "visits" ("worker_id");


CREATE INDEX "ix_workers_manager_id" ON "workers" ("manager_id");


CREATE UNIQUE INDEX "ix_workers_staff_number" ON "workers" ("staff_number");


CREATE INDEX "ix_workers_team_id" ON "workers" ("team_id");


