using OpenCsc.ChildInNeed;
using OpenCsc.ChildProtection;
using OpenCsc.FrontDoor;
using OpenCsc.Visits;
using OpenCsc.Workforce;

namespace OpenCsc.Borough.Generation;

/// <summary>A CIN episode: referral, assessment, strategy discussions and s47 enquiries, CIN and CP plans.</summary>
internal sealed partial class PersonSimulation
{
    private bool _episodeHadStrategy;

    private enum StepKind
    {
        Open,
        Close,
        Stop,
        CinPlan,
        CpPlan,
        Care,
        SuggestCinPlan,
        SuggestNoFurtherAction,
    }

    private enum CareRoute
    {
        Emergency,
        Court,
        Adolescent,
        Uasc,
    }

    private readonly record struct Step(StepKind Kind, DateOnly Date, string? Reason = null, CareRoute Route = CareRoute.Court)
    {
        public static Step Open => new(StepKind.Open, default);
    }

    /// <summary>Runs a referral's CIN episode; returns its closure date, or null when it is open at the as-of date or the journey ends.</summary>
    private DateOnly? Episode(Contact contact, DateOnly referral, bool uasc)
    {
        var episode = new CinEpisode
        {
            ReferralDate = referral,
            ReferralSource = contact.Source,
            PrimaryNeedCode = uasc ? "N8" : _disabled && _rng.Chance(0.45) ? "N2" : DemoRates.PrimaryNeed.Pick(_rng),
        };
        contact.CinEpisode = episode;
        _episodes.Add(episode);
        _episode = episode;
        _episodeBusyUntil = referral;
        _episodeHadStrategy = false;
        EndEarlyHelp(referral, "Stepped up to children's social care");

        if (!uasc && _rng.Chance(DemoRates.ReferralNfa))
        {
            episode.ReferralNfa = true;
            episode.ClosureDate = referral;
            episode.ReasonForClosure = "RC7";
            return referral;
        }

        SetStage(uasc ? TeamKind.LeavingCare : TeamKind.Assessment, referral);
        TeamModel assessmentTeam = CurrentTeam(TeamKind.Assessment);

        Step? strategy = null;
        if (!uasc && _rng.Chance(contact.BragFinal == Brag.Red ? DemoRates.StrategyAtReferralRed : DemoRates.StrategyAtReferralAmber))
        {
            strategy = Strategy(AddWorkingDays(referral, _rng.Next(2)));
        }

        DateOnly start = _rng.Chance(0.75) ? referral : AddWorkingDays(referral, _rng.Between(1, 3));
        if (start > _asOf)
        {
            start = referral;
        }

        int days = _rng.Chance(DemoRates.AssessmentOnTime)
            ? 45 - (int)(37 * _rng.NextDouble() * _rng.NextDouble())
            : 46 + Math.Min(90, (int)_rng.Exponential(14));
        DateOnly authorised = AddWorkingDays(start, days);
        var assessment = new Assessment { CinEpisode = episode, StartDate = start };
        _assessments.Add(assessment);
        if (_rng.Chance(0.94))
        {
            DateOnly seen = AddWorkingDays(start, _rng.Between(1, Math.Min(days, 10)));
            assessment.ChildSeenDate = seen <= _asOf ? seen : null;
        }

        bool done = authorised <= _asOf;
        _episodeBusyUntil = Max(_episodeBusyUntil, authorised);

        Step next;
        AssessmentOutcome outcome;
        if (uasc)
        {
            outcome = AssessmentOutcome.LookedAfter;
            next = new Step(StepKind.Care, referral, Route: CareRoute.Uasc);
        }
        else if (strategy is { Kind: StepKind.CinPlan or StepKind.CpPlan or StepKind.Care or StepKind.Open } decided)
        {
            outcome = decided.Kind == StepKind.Care ? AssessmentOutcome.LookedAfter : AssessmentOutcome.StrategyDiscussion;
            next = decided;
        }
        else if (!done)
        {
            outcome = AssessmentOutcome.NoFurtherAction;
            next = Step.Open;
        }
        else
        {
            (outcome, next) = AssessmentDecision(authorised, strategy?.Kind);
        }

        if (done)
        {
            assessment.AuthorisationDate = authorised;
            assessment.Outcome = outcome;
            assessment.AuthorisedById = assessmentTeam.ManagerIdAt(authorised);
            assessment.AuthorisationRationale = outcome switch
            {
                AssessmentOutcome.NoFurtherAction => "Needs explored with the family; no further statutory involvement required",
                AssessmentOutcome.EarlyHelp => "Needs can be met through an early help plan; family consent obtained",
                AssessmentOutcome.ChildInNeedPlan => "Child in need: plan under section 17 agreed with the family",
                AssessmentOutcome.StrategyDiscussion => "Concerns of significant harm: strategy discussion held",
                AssessmentOutcome.LookedAfter => "Child cannot safely remain at home: care plan agreed",
                _ => "Needs met by other services; case closed with signposting",
            };
            AddFactors(assessment, outcome, uasc);
        }

        while (true)
        {
            switch (next.Kind)
            {
                case StepKind.Open:
                case StepKind.Stop:
                    return null;
                case StepKind.Close:
                    return CloseEpisode(next.Date, next.Reason ?? "RC7");
                case StepKind.CinPlan:
                case StepKind.SuggestCinPlan:
                    next = CinPlan(next.Date);
                    break;
                case StepKind.CpPlan:
                    next = ProtectionPlan(next.Date);
                    break;
                case StepKind.Care:
                    next = Care(next.Date, next.Route);
                    break;
                default:
                    next = new Step(StepKind.Close, next.Date, "RC7");
                    break;
            }
        }
    }

    private (AssessmentOutcome Outcome, Step Next) AssessmentDecision(DateOnly authorised, StepKind? afterStrategy)
    {
        double u = _rng.NextDouble();
        AssessmentOutcome outcome = afterStrategy switch
        {
            StepKind.SuggestCinPlan => u < 0.6 ? AssessmentOutcome.ChildInNeedPlan : u < 0.85 ? AssessmentOutcome.NoFurtherAction : AssessmentOutcome.OtherServices,
            StepKind.SuggestNoFurtherAction => u < 0.6 ? AssessmentOutcome.NoFurtherAction : u < 0.8 ? AssessmentOutcome.ChildInNeedPlan : u < 0.9 ? AssessmentOutcome.EarlyHelp : AssessmentOutcome.OtherServices,
            _ => u switch
            {
                < 0.54 => AssessmentOutcome.NoFurtherAction,
                < 0.62 => AssessmentOutcome.EarlyHelp,
                < 0.80 => AssessmentOutcome.ChildInNeedPlan,
                < 0.89 => AssessmentOutcome.OtherServices,
                < 0.89 + DemoRates.AssessmentToCare => AssessmentOutcome.LookedAfter,
                _ => AssessmentOutcome.StrategyDiscussion,
            },
        };

        switch (outcome)
        {
            case AssessmentOutcome.NoFurtherAction:
                return (outcome, new Step(StepKind.Close, authorised, "RC8"));
            case AssessmentOutcome.EarlyHelp:
                StartEarlyHelp(authorised);
                return (outcome, new Step(StepKind.Close, authorised, "RC9"));
            case AssessmentOutcome.ChildInNeedPlan:
                return (outcome, new Step(StepKind.CinPlan, authorised.AddDays(_rng.Between(0, 10))));
            case AssessmentOutcome.LookedAfter:
                return (outcome, new Step(StepKind.Care, authorised, Route: AgeAt(authorised) >= 12 ? CareRoute.Adolescent : CareRoute.Court));
            case AssessmentOutcome.StrategyDiscussion:
                Step strategy = Strategy(authorised);
                return (outcome, strategy.Kind == StepKind.SuggestNoFurtherAction ? strategy with { Kind = StepKind.Close, Reason = "RC7" } : strategy);
            default:
                return (outcome, new Step(StepKind.Close, authorised, "RC7"));
        }
    }

    private void AddFactors(Assessment assessment, AssessmentOutcome outcome, bool uasc)
    {
        if (uasc)
        {
            _factors.Add(new AssessmentFactor { Assessment = assessment, Code = "9A" });
            if (_rng.Chance(0.3))
            {
                _factors.Add(new AssessmentFactor { Assessment = assessment, Code = "4A" });
            }

            return;
        }

        // "21 No factors identified" only where the episode closes after the assessment alone (RC8 or RC9, CIN 8873Q):
        // an episode that had a strategy discussion closes RC7.
        if (outcome == AssessmentOutcome.NoFurtherAction && !_episodeHadStrategy && _rng.Chance(0.3))
        {
            _factors.Add(new AssessmentFactor { Assessment = assessment, Code = "21" });
            return;
        }

        int count = _rng.NextDouble() switch
        {
            < 0.35 => 1,
            < 0.70 => 2,
            < 0.90 => 3,
            _ => 4,
        };
        int first = _factors.Count;
        for (int i = 0; i < count; i++)
        {
            string code = DemoRates.AssessmentFactor.Pick(_rng);
            bool duplicate = false;
            for (int j = first; j < _factors.Count; j++)
            {
                duplicate |= _factors[j].Code == code;
            }

            if (!duplicate)
            {
                _factors.Add(new AssessmentFactor { Assessment = assessment, Code = code });
            }
        }
    }

    private DateOnly? CloseEpisode(DateOnly date, string reason)
    {
        DateOnly closed = Max(date, _episodeBusyUntil);
        if (closed > _asOf)
        {
            return null;
        }

        if (_episodeHadStrategy && reason is "RC8" or "RC9")
        {
            reason = "RC7"; // RC8/RC9 mean closed after assessment alone (CIN rule 2990)
        }

        _episode!.ClosureDate = closed;
        _episode.ReasonForClosure = reason;
        EndStage(closed);
        return closed;
    }

    /// <summary>A strategy discussion and, when it decides so, a section 47 enquiry and its ICPC.</summary>
    private Step Strategy(DateOnly date)
    {
        if (date > _asOf)
        {
            return Step.Open;
        }

        _episodeHadStrategy = true;
        _episodeBusyUntil = Max(_episodeBusyUntil, date);
        int age = AgeAt(date);
        var discussion = new StrategyDiscussion
        {
            CinEpisode = _episode,
            Date = date,
            CscTookPart = true,
            PoliceTookPart = true,
            HealthTookPart = true,
            EducationTookPart = _rng.Chance(age is >= 4 and < 17 ? 0.55 : 0.1),
            ChairedById = CurrentTeam(TeamKind.Assessment).ManagerIdAt(date),
        };
        if (!_rng.Chance(DemoRates.StrategyCompliant))
        {
            double v = _rng.NextDouble();
            discussion.PoliceTookPart = v >= 0.55 && v < 0.92;
            discussion.HealthTookPart = v < 0.55;
            discussion.AbsentAgencyReason = _rng.Pick(DemoLists.AbsentAgencyReasons);
        }

        if (_rng.Chance(0.25))
        {
            discussion.OtherAgencies = _rng.Pick(DemoLists.OtherAgencies);
        }

        _strategyDiscussions.Add(discussion);
        double u = _rng.NextDouble();
        if (u >= DemoRates.StrategyToSection47)
        {
            bool cin = u < DemoRates.StrategyToSection47 + DemoRates.StrategyToCinPlanSuggested;
            discussion.Decision = cin ? StrategyDecision.NoSection47ChildInNeed : StrategyDecision.NoFurtherAction;
            discussion.Rationale = cin
                ? "Threshold for section 47 not met; continue the assessment under section 17"
                : "Concerns explained; no further action under section 47";
            return new Step(cin ? StepKind.SuggestCinPlan : StepKind.SuggestNoFurtherAction, date);
        }

        discussion.Decision = StrategyDecision.Section47Enquiry;
        discussion.Rationale = "Reasonable cause to suspect the child is suffering, or likely to suffer, significant harm";
        var enquiry = new Section47Enquiry
        {
            CinEpisode = _episode,
            StrategyDiscussion = discussion,
            StartDate = date,
            InitialCpcTarget = AddWorkingDays(date, 15),
        };
        _section47s.Add(enquiry);

        if (_rng.Chance(DemoRates.Section47Emergency))
        {
            DateOnly removed = AddWorkingDays(date, _rng.Between(0, 3));
            if (removed > _asOf)
            {
                return Step.Open;
            }

            enquiry.IcpcNotRequired = true;
            _episodeBusyUntil = Max(_episodeBusyUntil, removed);
            return new Step(StepKind.Care, removed, Route: CareRoute.Emergency);
        }

        if (_rng.Chance(DemoRates.Section47ToIcpc))
        {
            DateOnly icpc = AddWorkingDays(date, _rng.Chance(DemoRates.IcpcOnTime) ? _rng.Between(7, 15) : _rng.Between(16, 35));
            if (icpc > _asOf)
            {
                return Step.Open;
            }

            enquiry.DateOfInitialCpc = icpc;
            _episodeBusyUntil = Max(_episodeBusyUntil, icpc);
            bool plan = _rng.Chance(DemoRates.IcpcToPlan);
            enquiry.Outcome = plan ? Section47Outcome.ChildProtectionPlan : Section47Outcome.ChildInNeedPlan;
            return new Step(plan ? StepKind.CpPlan : StepKind.CinPlan, icpc);
        }

        DateOnly concluded = AddWorkingDays(date, _rng.Between(5, 20));
        if (concluded > _asOf)
        {
            return Step.Open;
        }

        enquiry.IcpcNotRequired = true;
        _episodeBusyUntil = Max(_episodeBusyUntil, concluded);
        if (_rng.Chance(0.35))
        {
            enquiry.Outcome = Section47Outcome.ChildInNeedPlan;
            return new Step(StepKind.CinPlan, concluded);
        }

        enquiry.Outcome = Section47Outcome.NoFurtherAction;
        return new Step(StepKind.SuggestNoFurtherAction, concluded);
    }

    private Step CinPlan(DateOnly start)
    {
        if (start > _asOf)
        {
            return Step.Open;
        }

        if (start >= _eighteen)
        {
            return new Step(StepKind.Close, start, "RC7");
        }

        bool disability = _disabled && _episode!.PrimaryNeedCode == "N2";
        SetStage(disability ? TeamKind.DisabledChildren : TeamKind.ChildInNeed, start);
        var plan = new CinPlan { CinEpisode = _episode, StartDate = start };
        _cinPlans.Add(plan);
        int days = (int)Math.Clamp(_rng.LogNormal(disability ? 520 : 160, 0.55), 45, 1600);
        DateOnly end = start.AddDays(days);
        Step? escalation = null;
        if (_rng.Chance(DemoRates.CinPlanEscalation))
        {
            DateOnly at = start.AddDays((int)(days * (0.15 + (0.7 * _rng.NextDouble()))));
            if (at <= _asOf && at < _eighteen)
            {
                int enquiries = _section47s.Count;
                Step concern = Strategy(at);
                if (_section47s.Count > enquiries)
                {
                    ReassessWithEnquiry(at);
                }

                if (concern.Kind is StepKind.CpPlan or StepKind.Care)
                {
                    escalation = concern;
                    end = concern.Date;
                }
            }
        }

        bool adult = false;
        if (escalation is null && end >= _eighteen)
        {
            end = _eighteen;
            adult = true;
        }

        Visits(VisitKind.ChildInNeed, start, end);
        _episodeBusyUntil = Max(_episodeBusyUntil, Min(end, _asOf));
        if (end > _asOf)
        {
            return Step.Open;
        }

        plan.EndDate = end;
        if (escalation is { } step)
        {
            plan.EndReason = step.Kind == StepKind.CpPlan ? "Child protection plan started" : "Child became looked after";
            return step;
        }

        if (adult)
        {
            plan.EndReason = "Reached 18";
            return new Step(StepKind.Close, end, _disabled ? "RC6" : "RC7");
        }

        double u = _rng.NextDouble();
        if (u < DemoRates.CinPlanToCare)
        {
            plan.EndReason = "Child became looked after";
            return new Step(StepKind.Care, end, Route: AgeAt(end) >= 12 ? CareRoute.Adolescent : CareRoute.Court);
        }

        if (u < DemoRates.CinPlanToCare + 0.03)
        {
            plan.EndReason = "Family moved to another local authority";
            return new Step(StepKind.Close, end, "RC5");
        }

        if (u < DemoRates.CinPlanToCare + 0.11)
        {
            plan.EndReason = "Stepped down to early help";
            StartEarlyHelp(end);
            return new Step(StepKind.Close, end, "RC7");
        }

        plan.EndReason = "Outcomes of the plan achieved";
        return new Step(StepKind.Close, end, "RC7");
    }

    /// <summary>
    /// A section 47 enquiry during a plan comes with a new assessment of the child's needs, started the same day (an
    /// episode with an enquiry has an assessment, CIN 2991Q).
    /// </summary>
    private void ReassessWithEnquiry(DateOnly start)
    {
        foreach (Assessment open in _assessments)
        {
            if (open.CinEpisode == _episode && (open.AuthorisationDate is not { } done || done >= start))
            {
                return; // the episode's assessment is still going on (an assessment starting during another, CIN 8863Q)
            }
        }

        var assessment = new Assessment { CinEpisode = _episode, StartDate = start, ChildSeenDate = start <= _asOf ? start : null };
        _assessments.Add(assessment);
        DateOnly authorised = AddWorkingDays(start, _rng.Between(10, 45));
        if (authorised > _asOf)
        {
            return;
        }

        assessment.AuthorisationDate = authorised;
        assessment.Outcome = AssessmentOutcome.StrategyDiscussion;
        assessment.AuthorisedById = CurrentTeam(TeamKind.Assessment).ManagerIdAt(authorised);
        assessment.AuthorisationRationale = "Concerns of significant harm: section 47 enquiry and assessment of needs";
        _episodeBusyUntil = Max(_episodeBusyUntil, authorised);
        AddFactors(assessment, AssessmentOutcome.StrategyDiscussion, uasc: false);
    }

    private Step ProtectionPlan(DateOnly start)
    {
        if (start > _asOf)
        {
            return Step.Open;
        }

        if (start >= _eighteen)
        {
            return new Step(StepKind.Close, start, "RC7");
        }

        SetStage(TeamKind.ChildProtection, start);
        string category = DemoRates.CpCategory.Pick(_rng);
        var plan = new ChildProtectionPlan
        {
            CinEpisode = _episode,
            StartDate = start,
            InitialCategory = category,
            LatestCategory = _rng.Chance(0.1) ? DemoRates.CpCategory.Pick(_rng) : category,
            NumberOfPreviousPlans = _protectionPlansSoFar,
        };
        _protectionPlansSoFar++;
        _protectionPlans.Add(plan);

        int target = _rng.NextDouble() switch
        {
            < 0.20 => _rng.Between(60, 150),
            < 0.915 => _rng.Between(150, 480),
            < 0.985 => _rng.Between(480, 730),
            _ => _rng.Between(730, 1000),
        };
        double exit = _rng.NextDouble();
        bool atReview = exit < DemoRates.CpPlanStepDown + 0.30;

        // Review conferences: the first within 3 months of the ICPC, then at most every 6 months.
        DateOnly end = atReview ? DateOnly.MaxValue : start.AddDays(Math.Max(14, (int)(target * (0.2 + (0.8 * _rng.NextDouble())))));
        DateOnly review = start.AddMonths(3).AddDays(_rng.Chance(0.92) ? -_rng.Between(0, 21) : _rng.Between(1, 30));
        while (review <= _asOf)
        {
            if (!atReview && review >= end)
            {
                break;
            }

            _cpReviews.Add(new CpReviewConference { ChildProtectionPlan = plan, Date = review });
            if (atReview && review >= start.AddDays(target))
            {
                end = review;
                break;
            }

            review = review.AddMonths(6).AddDays(_rng.Chance(0.95) ? -_rng.Between(0, 21) : _rng.Between(1, 30));
        }

        if (atReview && end == DateOnly.MaxValue)
        {
            end = review; // the ending review falls after the as-of date
        }

        bool adult = false;
        if (end >= _eighteen)
        {
            end = _eighteen;
            adult = true;
        }

        // Core groups: the first within 10 working days, then about monthly.
        DateOnly coreGroup = AddWorkingDays(start, _rng.Chance(0.85) ? _rng.Between(4, 10) : _rng.Between(11, 20));
        while (coreGroup < end && coreGroup <= _asOf)
        {
            _coreGroups.Add(new CoreGroupMeeting { ChildProtectionPlan = plan, Date = coreGroup });
            coreGroup = coreGroup.AddDays(_rng.Between(28, 45));
        }

        Visits(VisitKind.ChildProtection, start, end);
        _episodeBusyUntil = Max(_episodeBusyUntil, Min(end, _asOf));
        if (end > _asOf)
        {
            return Step.Open;
        }

        plan.EndDate = end;
        if (adult)
        {
            plan.EndReason = "Reached 18";
            return new Step(StepKind.Close, end, "RC7");
        }

        if (exit < DemoRates.CpPlanStepDown)
        {
            plan.EndReason = "Step down to child in need plan";
            return new Step(StepKind.CinPlan, end);
        }

        if (atReview)
        {
            plan.EndReason = "No longer at risk of significant harm";
            return new Step(StepKind.Close, end.AddDays(_rng.Between(0, 28)), "RC7");
        }

        if (exit < DemoRates.CpPlanStepDown + 0.30 + DemoRates.CpPlanToCare)
        {
            plan.EndReason = "Child became looked after";
            return new Step(StepKind.Care, end, Route: AgeAt(end) >= 12 ? CareRoute.Adolescent : CareRoute.Court);
        }

        plan.EndReason = "Moved to another local authority";
        return new Step(StepKind.Close, end, "RC5");
    }

    /// <summary>Statutory visits between two dates at the kind's cadence, some late, a few never recorded.</summary>
    private void Visits(VisitKind kind, DateOnly start, DateOnly end)
    {
        DateOnly last = start;
        while (true)
        {
            DateOnly next = kind switch
            {
                VisitKind.ChildProtection => AddWorkingDays(last, _rng.Chance(AgeAt(last) < 5 ? DemoRates.CpVisitOnTimeUnderFive : DemoRates.CpVisitOnTime)
                    ? _rng.Between(5, 10) : _rng.Between(11, 20)),
                VisitKind.ChildInNeed => last.AddDays(_rng.Chance(DemoRates.CinVisitOnTime) ? _rng.Between(21, 42) : _rng.Between(43, 75)),
                _ => last.AddDays(_rng.Chance(DemoRates.CareLeaverVisitOnTime) ? _rng.Between(35, 56) : _rng.Between(57, 100)),
            };
            if (next >= end || next > _asOf)
            {
                return;
            }

            AddVisit(kind, next);
            last = next;
        }
    }

    private void AddVisit(VisitKind kind, DateOnly date)
    {
        if (_rng.Chance(DemoRates.VisitNotRecorded))
        {
            return;
        }

        double u = _rng.NextDouble();
        DateOnly recorded = u < 0.80 ? date : u < 0.92 ? date.AddDays(_rng.Between(1, 5)) : date.AddDays(_rng.Between(6, 30));
        if (recorded > _asOf)
        {
            return; // done but not yet recorded
        }

        bool seen = _rng.Chance(0.95);
        _visits.Add(new Visit
        {
            Kind = kind,
            VisitDate = date,
            RecordedAt = At(recorded, _rng.Between(10, 19)),
            ChildSeen = seen,
            SeenAlone = seen && AgeAt(date) >= 5 && _rng.Chance(0.65),
            Note = _rng.Chance(0.3) ? (kind == VisitKind.LookedAfter ? "Seen at placement" : _rng.Chance(0.7) ? "Home visit" : "Seen at school") : null,
        });
    }
}
