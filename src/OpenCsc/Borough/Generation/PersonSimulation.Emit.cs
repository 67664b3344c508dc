using System.Globalization;
using OpenCsc.CareLeavers;
using OpenCsc.ChildInNeed;
using OpenCsc.ChildProtection;
using OpenCsc.Children;
using OpenCsc.FrontDoor;
using OpenCsc.LookedAfter;
using OpenCsc.Visits;
using OpenCsc.Workforce;

namespace OpenCsc.Borough.Generation;

/// <summary>
/// Keeps what falls in the history window (whole structures when they reach into it: an episode open at its start
/// keeps its referral, assessment and plans), builds the allocation history from the stages, and gives every kept
/// row its key and foreign keys, parents first.
/// </summary>
internal sealed partial class PersonSimulation
{
    private readonly List<Segment> _segments = [];
    private readonly List<Segment> _iroSegments = [];
    private readonly List<SocialWorkerEpisode> _socialWorkerEpisodes = [];

    private bool Emit(IRowSink sink)
    {
        DateTime windowStartTime = _windowStart.ToDateTime(TimeOnly.MinValue);
        bool careLeaverKept = _careLeaver is not null && _careLeaverUntil >= _windowStart;
        bool any = careLeaverKept;
        foreach (CinEpisode episode in _episodes)
        {
            any |= Kept(episode.ClosureDate);
        }

        foreach (Contact contact in _contacts)
        {
            any |= contact.ReceivedAt >= windowStartTime;
        }

        foreach (EarlyHelpEpisode episode in _earlyHelp)
        {
            any |= Kept(episode.EndDate);
        }

        foreach (PeriodOfCare period in _periods)
        {
            any |= Kept(period.EndDate);
        }

        if (!any)
        {
            return false;
        }

        BuildSegments();
        Child child = NewChild();
        child.Id = _ids.Next<Child>();
        long childId = child.Id;
        sink.Add(child);
        AddDisabilities(childId, sink);

        foreach (CinEpisode episode in _episodes)
        {
            if (Kept(episode.ClosureDate))
            {
                episode.Id = _ids.Next<CinEpisode>();
                episode.ChildId = childId;
                sink.Add(episode);
            }
        }

        foreach (Contact contact in _contacts)
        {
            long? episodeId = contact.CinEpisode is { Id: > 0 } episode ? episode.Id : null;
            contact.CinEpisode = null;
            if (contact.ReceivedAt >= windowStartTime || episodeId is not null)
            {
                contact.Id = _ids.Next<Contact>();
                contact.ChildId = childId;
                contact.CinEpisodeId = episodeId;
                sink.Add(contact);
            }
        }

        foreach (EarlyHelpEpisode episode in _earlyHelp)
        {
            if (Kept(episode.EndDate))
            {
                episode.Id = _ids.Next<EarlyHelpEpisode>();
                episode.ChildId = childId;
                sink.Add(episode);
            }
        }

        foreach (Assessment assessment in _assessments)
        {
            if (Attach(assessment.CinEpisode, out long episodeId))
            {
                assessment.Id = _ids.Next<Assessment>();
                assessment.ChildId = childId;
                assessment.CinEpisodeId = episodeId;
                assessment.WorkerId = SegmentAt(assessment.StartDate)?.Worker?.Id;
                sink.Add(assessment);
            }

            assessment.CinEpisode = null;
        }

        foreach (AssessmentFactor factor in _factors)
        {
            if (factor.Assessment is { Id: > 0 } assessment)
            {
                factor.Id = _ids.Next<AssessmentFactor>();
                factor.AssessmentId = assessment.Id;
                sink.Add(factor);
            }

            factor.Assessment = null;
        }

        foreach (CinPlan plan in _cinPlans)
        {
            if (Attach(plan.CinEpisode, out long episodeId))
            {
                plan.Id = _ids.Next<CinPlan>();
                plan.ChildId = childId;
                plan.CinEpisodeId = episodeId;
                sink.Add(plan);
            }

            plan.CinEpisode = null;
        }

        foreach (StrategyDiscussion discussion in _strategyDiscussions)
        {
            if (Attach(discussion.CinEpisode, out long episodeId))
            {
                discussion.Id = _ids.Next<StrategyDiscussion>();
                discussion.ChildId = childId;
                discussion.CinEpisodeId = episodeId;
                sink.Add(discussion);
            }

            discussion.CinEpisode = null;
        }

        foreach (Section47Enquiry enquiry in _section47s)
        {
            if (Attach(enquiry.CinEpisode, out long episodeId))
            {
                enquiry.Id = _ids.Next<Section47Enquiry>();
                enquiry.ChildId = childId;
                enquiry.CinEpisodeId = episodeId;
                enquiry.StrategyDiscussionId = enquiry.StrategyDiscussion is { Id: > 0 } discussion ? discussion.Id : null;
                sink.Add(enquiry);
            }

            enquiry.CinEpisode = null;
            enquiry.StrategyDiscussion = null;
        }

        foreach (ChildProtectionPlan plan in _protectionPlans)
        {
            if (Attach(plan.CinEpisode, out long episodeId))
            {
                plan.Id = _ids.Next<ChildProtectionPlan>();
                plan.ChildId = childId;
                plan.CinEpisodeId = episodeId;
                sink.Add(plan);
            }

            plan.CinEpisode = null;
        }

        foreach (CpReviewConference review in _cpReviews)
        {
            if (review.ChildProtectionPlan is { Id: > 0 } plan)
            {
                review.Id = _ids.Next<CpReviewConference>();
                review.ChildProtectionPlanId = plan.Id;
                sink.Add(review);
            }

            review.ChildProtectionPlan = null;
        }

        foreach (CoreGroupMeeting meeting in _coreGroups)
        {
            if (meeting.ChildProtectionPlan is { Id: > 0 } plan)
            {
                meeting.Id = _ids.Next<CoreGroupMeeting>();
                meeting.ChildProtectionPlanId = plan.Id;
                sink.Add(meeting);
            }

            meeting.ChildProtectionPlan = null;
        }

        foreach (PeriodOfCare period in _periods)
        {
            if (Kept(period.EndDate) || (careLeaverKept && period == _careLeaverPeriod))
            {
                period.Id = _ids.Next<PeriodOfCare>();
                period.ChildId = childId;
                sink.Add(period);
            }
        }

        foreach (CareEpisode episode in _careEpisodes)
        {
            if (episode.PeriodOfCare is { Id: > 0 } period)
            {
                episode.Id = _ids.Next<CareEpisode>();
                episode.ChildId = childId;
                episode.PeriodOfCareId = period.Id;
                sink.Add(episode);
            }

            episode.PeriodOfCare = null;
        }

        EmitReviewsAndIros(childId, sink);

        foreach (HealthAssessment assessment in _health)
        {
            if (assessment.Date >= _windowStart)
            {
                assessment.Id = _ids.Next<HealthAssessment>();
                assessment.ChildId = childId;
                sink.Add(assessment);
            }
        }

        foreach (AnnualHealthOutcomes outcomes in _annualHealth)
        {
            outcomes.Id = _ids.Next<AnnualHealthOutcomes>();
            outcomes.ChildId = childId;
            sink.Add(outcomes);
        }

        foreach (MissingEpisode episode in _missing)
        {
            if (Kept(episode.EndDate))
            {
                episode.Id = _ids.Next<MissingEpisode>();
                episode.ChildId = childId;
                if (episode.RhiOfferedAt is { } offered)
                {
                    episode.RhiWorkerId = SegmentAt(DateOnly.FromDateTime(offered))?.Worker?.Id;
                }

                sink.Add(episode);
            }
        }

        foreach ((LegalOrder order, PeriodOfCare period) in _legalOrders)
        {
            if (period.Id > 0)
            {
                order.Id = _ids.Next<LegalOrder>();
                order.ChildId = childId;
                sink.Add(order);
            }
        }

        foreach ((AdoptionDecision decision, PeriodOfCare period) in _adoptionDecisions)
        {
            if (period.Id > 0)
            {
                decision.Id = _ids.Next<AdoptionDecision>();
                decision.ChildId = childId;
                sink.Add(decision);
            }
        }

        foreach ((Adoption adoption, PeriodOfCare period, ProspectiveAdopter[] adopters) in _adoptions)
        {
            if (period.Id <= 0)
            {
                continue;
            }

            adoption.Id = _ids.Next<Adoption>();
            adoption.ChildId = childId;
            if (adopters.Length > 0)
            {
                adoption.FamilyIdentifier = "FAM" + adoption.Id.ToString("D6", CultureInfo.InvariantCulture);
            }

            sink.Add(adoption);
            foreach (ProspectiveAdopter adopter in adopters)
            {
                adopter.Id = _ids.Next<ProspectiveAdopter>();
                adopter.AdopterIdentifier = "ADP" + adopter.Id.ToString("D6", CultureInfo.InvariantCulture);
                adopter.FamilyIdentifier = adoption.FamilyIdentifier;
                sink.Add(adopter);
            }
        }

        foreach ((PreviousPermanence row, PeriodOfCare period) in _previousPermanence)
        {
            if (period.Id > 0)
            {
                row.Id = _ids.Next<PreviousPermanence>();
                row.ChildId = childId;
                sink.Add(row);
            }
        }

        EmitSocialWorkerEpisodes(childId, sink);

        if (careLeaverKept)
        {
            CareLeaver leaver = _careLeaver!;
            leaver.Id = _ids.Next<CareLeaver>();
            leaver.ChildId = childId;
            if (leaver.Eligibility != CareLeaverEligibility.Eligible)
            {
                DateOnly on = Min(_asOf, _careLeaverUntil.AddDays(-1));
                Segment? adviser = SegmentAt(on);
                leaver.PersonalAdviserId = adviser is { Team.Team.Kind: TeamKind.LeavingCare } ? adviser.Value.Worker?.Id : null;
            }

            sink.Add(leaver);
            foreach (CareLeaverStatus status in _careLeaverStatuses)
            {
                if (status.RecordedOn >= _windowStart)
                {
                    status.Id = _ids.Next<CareLeaverStatus>();
                    status.CareLeaverId = leaver.Id;
                    status.ChildId = childId;
                    sink.Add(status);
                }

                status.CareLeaver = null;
            }
        }

        foreach (Visit visit in _visits)
        {
            if (visit.VisitDate >= _windowStart)
            {
                visit.Id = _ids.Next<Visit>();
                visit.ChildId = childId;
                Segment? segment = SegmentAt(visit.VisitDate);
                visit.WorkerId = segment?.Worker?.Id ?? segment?.Team.ManagerIdAt(visit.VisitDate);
                sink.Add(visit);
            }
        }

        foreach (Segment segment in _segments)
        {
            if (Kept(segment.End))
            {
                sink.Add(new Allocation
                {
                    Id = _ids.Next<Allocation>(),
                    ChildId = childId,
                    TeamId = segment.Team.Team.Id,
                    WorkerId = segment.Worker?.Id,
                    StartDate = segment.Start,
                    EndDate = segment.End,
                });
            }
        }

        return true;
    }

    private bool Kept(DateOnly? end) => end is not { } day || day >= _windowStart;

    private static bool Attach(CinEpisode? episode, out long episodeId)
    {
        episodeId = episode?.Id ?? 0;
        return episodeId > 0;
    }

    private Child NewChild()
    {
        string[] firstNames = _female ? DemoLists.GirlsNames[(int)_nameGroup] : DemoLists.BoysNames[(int)_nameGroup];
        string[] surnames = DemoLists.Surnames[_ethnicity[0] == 'M' && _rng.Chance(0.5) ? (int)DemoLists.NameGroup.WhiteBritish : (int)_nameGroup];
        var child = new Child
        {
            LaChildId = "SB" + (_index + 1).ToString("D8", CultureInfo.InvariantCulture),
            FirstName = _rng.Pick(firstNames),
            LastName = _rng.Pick(surnames),
            DateOfBirth = _dob,
            Sex = _female ? "F" : "M",
            Ethnicity = _ethnicity,
            IsUasc = _uasc,
            UascCeasedDate = _uascCeased,
            HomePostcode = _homePostcode,
            Lsoa = "E01" + (100 + _lsoa).ToString("D6", CultureInfo.InvariantCulture),
            IsMother = _isMother,
            MothersChildDateOfBirth = _mothersChildBirth,
        };

        // NHS numbers from a bijective scramble of the person's index, skipping the few with no valid check digit.
        long scrambled = (_index * 54_435_761L) % 100_000_000L;
        for (long k = 0; child.NhsNumber is null; k++)
        {
            child.NhsNumber = SyntheticIdentifiers.NhsNumber((scrambled + (k * 7_919)) % 100_000_000L);
        }

        if (_uasc && _rng.Chance(0.7))
        {
            child.UpnUnknownReason = "UN2";
        }
        else if (_dob.AddYears(4) > new DateOnly(_asOf.Month >= 9 ? _asOf.Year : _asOf.Year - 1, 8, 31))
        {
            // Not yet of school age: 4 after the last 31 August (SSDA903 rule 209).
            child.UpnUnknownReason = "UN1";
        }
        else if (_rng.Chance(0.02))
        {
            child.UpnUnknownReason = _rng.Chance(0.5) ? "UN3" : "UN5";
        }
        else
        {
            child.Upn = SyntheticIdentifiers.Upn(BoroughGenerator.UpnLaNumber, _dob.Year + 5, _index);
        }

        return child;
    }

    private void AddDisabilities(long childId, IRowSink sink)
    {
        if (!_disabled)
        {
            sink.Add(new ChildDisability { Id = _ids.Next<ChildDisability>(), ChildId = childId, Code = "NONE" });
            return;
        }

        string first = DemoRates.Disability.Pick(_rng);
        sink.Add(new ChildDisability { Id = _ids.Next<ChildDisability>(), ChildId = childId, Code = first });
        if (_rng.Chance(0.45))
        {
            string second = DemoRates.Disability.Pick(_rng);
            if (second != first)
            {
                sink.Add(new ChildDisability { Id = _ids.Next<ChildDisability>(), ChildId = childId, Code = second });
            }
        }
    }

    private void EmitReviewsAndIros(long childId, IRowSink sink)
    {
        _iroSegments.Clear();
        foreach ((DateOnly start, DateOnly? end, TeamModel team) in _iroSpans)
        {
            Chain(team, start, end, _iroSegments);
        }

        foreach (LacReview review in _lacReviews)
        {
            if (review.Date >= _windowStart)
            {
                review.Id = _ids.Next<LacReview>();
                review.ChildId = childId;
                review.IroId = SegmentAt(_iroSegments, review.Date)?.Worker?.Id;
                sink.Add(review);
            }
        }

        foreach (Segment segment in _iroSegments)
        {
            if (segment.Worker is null || !Kept(segment.End))
            {
                continue;
            }

            DateOnly? lastContact = null;
            foreach (LacReview review in _lacReviews)
            {
                if (review.Date >= segment.Start && (segment.End is not { } end || review.Date < end))
                {
                    lastContact = review.Date;
                }
            }

            sink.Add(new IroAllocation
            {
                Id = _ids.Next<IroAllocation>(),
                ChildId = childId,
                IroId = segment.Worker.Id,
                StartDate = segment.Start,
                EndDate = segment.End,
                LastContactDate = lastContact,
            });
        }
    }

    /// <summary>
    /// The SSDA903 SWEpisodes: the child's social worker while looked after, one episode per worker. An episode ends
    /// only when the next begins (SW08STG2), so the latest stays open (SW17STG2) even after the child leaves care, and
    /// SW_REASON is the reason for the change that began the episode (SW13STG1, SW01bSTG1): the worker before left
    /// (LEFTRL), the case moved team (TSPROC) or a manager reallocated it (MANAGE); OTHERS for the child's first.
    /// </summary>
    private void EmitSocialWorkerEpisodes(long childId, IRowSink sink)
    {
        _socialWorkerEpisodes.Clear();
        SocialWorkerEpisode? current = null;
        foreach (PeriodOfCare period in _periods)
        {
            if (period.Id <= 0)
            {
                continue;
            }

            DateOnly periodEnd = period.EndDate ?? DateOnly.MaxValue;
            for (int i = 0; i < _segments.Count; i++)
            {
                Segment segment = _segments[i];
                DateOnly segmentEnd = segment.End ?? DateOnly.MaxValue;
                if (segment.Worker is null || segment.Start >= periodEnd || segmentEnd <= period.StartDate)
                {
                    continue;
                }

                if (current is not null && current.WorkerId == segment.Worker.Id)
                {
                    continue;
                }

                DateOnly start = Max(segment.Start, period.StartDate);
                if (current is not null && current.StartDate >= start)
                {
                    // Two workers the same day: the return keeps the second (an episode lasts at least a day, SW09STG2).
                    current.SocialWorkerId = segment.Worker.StaffNumber;
                    current.WorkerId = segment.Worker.Id;
                    continue;
                }

                Segment? before = i > 0 ? _segments[i - 1] : null;
                string reason = current is null || before is not { Worker: not null } previous ? "OTHERS"
                    : previous.WorkerLeft ? "LEFTRL"
                    : previous.Team != segment.Team ? "TSPROC"
                    : "MANAGE";
                if (current is not null)
                {
                    current.EndDate = start;
                }

                current = new SocialWorkerEpisode
                {
                    ChildId = childId,
                    SocialWorkerId = segment.Worker.StaffNumber,
                    WorkerId = segment.Worker.Id,
                    StartDate = start,
                    ReasonForChange = reason,
                };
                _socialWorkerEpisodes.Add(current);
            }
        }

        foreach (SocialWorkerEpisode episode in _socialWorkerEpisodes)
        {
            if (Kept(episode.EndDate))
            {
                episode.Id = _ids.Next<SocialWorkerEpisode>();
                sink.Add(episode);
            }
        }
    }

    private void BuildSegments()
    {
        _segments.Clear();
        foreach (Stage stage in _stages)
        {
            Chain(stage.Team, stage.Start, stage.End, _segments);
        }
    }

    /// <summary>Who held the case in a team from one date to another: a new worker each time one leaves.</summary>
    private void Chain(TeamModel team, DateOnly from, DateOnly? to, List<Segment> output)
    {
        DateOnly start = from;
        DateOnly lookup = from;
        while (true)
        {
            Tenure? tenure = team.WorkerAt(lookup, _rng);
            if (tenure is null)
            {
                DateOnly? next = team.NextStartAfter(lookup);
                if (next is not { } filled || (to is { } stop && filled >= stop))
                {
                    output.Add(new Segment(start, to, null, false, team));
                    return;
                }

                output.Add(new Segment(start, filled, null, false, team));
                start = filled;
                lookup = filled;
                continue;
            }

            if (tenure.End is not { } leaves || (to is { } until && leaves >= until))
            {
                output.Add(new Segment(start, to, tenure.Worker, false, team));
                return;
            }

            DateOnly handover = leaves < start ? start : leaves;
            output.Add(new Segment(start, handover, tenure.Worker, true, team));
            start = handover;
            lookup = leaves.AddDays(1);
        }
    }

    private Segment? SegmentAt(DateOnly day) => SegmentAt(_segments, day);

    private static Segment? SegmentAt(List<Segment> segments, DateOnly day)
    {
        Segment? found = null;
        foreach (Segment segment in segments)
        {
            if (segment.Start <= day && (segment.End is not { } end || day < end || (end == segment.Start && day == end)))
            {
                found = segment;
            }
        }

        return found;
    }

    private readonly record struct Segment(DateOnly Start, DateOnly? End, Worker? Worker, bool WorkerLeft, TeamModel Team);
}
