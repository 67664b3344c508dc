using OpenCsc.Calendar;
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
/// One person's life as the service sees it: contacts arrive at a rate set by age, deprivation, ethnicity and a
/// family risk; a referral opens a CIN episode that runs through assessment, strategy discussions, plans and care
/// as the seed authority's rates say; then <see cref="Emit"/> keeps what falls in the history window and gives the
/// rows their keys. One instance is reused for every person (its lists are cleared), so memory stays flat.
/// </summary>
internal sealed partial class PersonSimulation
{
    /// <summary>Years simulated before the window so that cases open at its start look real.</summary>
    public const int BurnInYears = 12;

    private readonly DemoRandom _rng = new(0, 0);
    private readonly int _seed;
    private readonly DateOnly _asOf;
    private readonly DateTime _asOfEnd;
    private readonly DateOnly _windowStart;
    private readonly DateOnly _horizonStart;
    private readonly WorkforceModel _workforce;
    private readonly WorkingDayCalendar _calendar;
    private readonly IdSequences _ids;
    private readonly long _residents;
    private readonly DateOnly _arrivalsFrom;

    // The person.
    private long _index;
    private DateOnly _dob;
    private DateOnly _eighteen;
    private bool _female;
    private string _ethnicity = "";
    private DemoLists.NameGroup _nameGroup;
    private int _lsoa;
    private double _risk;
    private bool _disabled;
    private bool _uasc;
    private DateOnly? _uascCeased;
    private bool? _isMother;
    private DateOnly? _mothersChildBirth;
    private DateOnly _arrival;
    private string _homePostcode = "";

    // The journey so far.
    private CinEpisode? _episode;
    private DateOnly _episodeBusyUntil;
    private int _protectionPlansSoFar;
    private EarlyHelpEpisode? _openEarlyHelp;
    private DateOnly _earlyHelpPlannedEnd;
    private CareLeaver? _careLeaver;
    private DateOnly _careLeaverUntil;
    private PeriodOfCare? _careLeaverPeriod;

    private readonly List<Contact> _contacts = [];
    private readonly List<CinEpisode> _episodes = [];
    private readonly List<EarlyHelpEpisode> _earlyHelp = [];
    private readonly List<Assessment> _assessments = [];
    private readonly List<AssessmentFactor> _factors = [];
    private readonly List<CinPlan> _cinPlans = [];
    private readonly List<StrategyDiscussion> _strategyDiscussions = [];
    private readonly List<Section47Enquiry> _section47s = [];
    private readonly List<ChildProtectionPlan> _protectionPlans = [];
    private readonly List<CpReviewConference> _cpReviews = [];
    private readonly List<CoreGroupMeeting> _coreGroups = [];
    private readonly List<PeriodOfCare> _periods = [];
    private readonly List<CareEpisode> _careEpisodes = [];
    private readonly List<LacReview> _lacReviews = [];
    private readonly List<(DateOnly Start, DateOnly? End, TeamModel Team)> _iroSpans = [];
    private readonly List<HealthAssessment> _health = [];
    private readonly List<AnnualHealthOutcomes> _annualHealth = [];
    private readonly List<MissingEpisode> _missing = [];
    private readonly List<(LegalOrder Row, PeriodOfCare Period)> _legalOrders = [];
    private readonly List<(AdoptionDecision Row, PeriodOfCare Period)> _adoptionDecisions = [];
    private readonly List<(Adoption Row, PeriodOfCare Period, ProspectiveAdopter[] Adopters)> _adoptions = [];
    private readonly List<(PreviousPermanence Row, PeriodOfCare Period)> _previousPermanence = [];
    private readonly List<CareLeaverStatus> _careLeaverStatuses = [];
    private readonly List<Visit> _visits = [];
    private readonly List<Stage> _stages = [];

    public PersonSimulation(
        int seed, DateOnly asOf, int years, long residents, WorkforceModel workforce, WorkingDayCalendar calendar, IdSequences ids)
    {
        _seed = seed;
        _asOf = asOf;
        _asOfEnd = asOf.ToDateTime(new TimeOnly(23, 59));
        _windowStart = asOf.AddYears(-years).AddDays(1);
        _horizonStart = _windowStart.AddYears(-BurnInYears);
        _arrivalsFrom = _windowStart.AddYears(-7);
        _residents = residents;
        _workforce = workforce;
        _calendar = calendar;
        _ids = ids;
    }

    /// <summary>Residents: everyone born in the 22 years to the as-of date (0-17 now, or a care leaver up to 21).</summary>
    public static long ResidentsFor(int population) => (long)Math.Round(population * 22.0 / 18.0);

    /// <summary>Unaccompanied children arriving from abroad over the window and the 7 years before it.</summary>
    public static long ArrivalsFor(int population, int years) =>
        (long)Math.Round(DemoRates.UascArrivalsPerYear * population / DemoBoroughOptions.DefaultChildren * (years + 7));

    /// <summary>Simulates person <paramref name="index"/> and writes their rows; true if they became a child on the system.</summary>
    public bool Run(long index, IRowSink sink)
    {
        Clear();
        _index = index;
        _rng.Reset(_seed, index);
        if (index < _residents)
        {
            DrawResident();
            SimulateResident();
        }
        else
        {
            DrawArrival();
            SimulateArrival();
        }

        return Emit(sink);
    }

    private void Clear()
    {
        _episode = null;
        _protectionPlansSoFar = 0;
        _openEarlyHelp = null;
        _careLeaver = null;
        _careLeaverPeriod = null;
        _uascCeased = null;
        _isMother = null;
        _mothersChildBirth = null;
        _homePostcode = "";
        _contacts.Clear();
        _episodes.Clear();
        _earlyHelp.Clear();
        _assessments.Clear();
        _factors.Clear();
        _cinPlans.Clear();
        _strategyDiscussions.Clear();
        _section47s.Clear();
        _protectionPlans.Clear();
        _cpReviews.Clear();
        _coreGroups.Clear();
        _periods.Clear();
        _careEpisodes.Clear();
        _lacReviews.Clear();
        _iroSpans.Clear();
        _health.Clear();
        _annualHealth.Clear();
        _missing.Clear();
        _legalOrders.Clear();
        _adoptionDecisions.Clear();
        _adoptions.Clear();
        _previousPermanence.Clear();
        _careLeaverStatuses.Clear();
        _visits.Clear();
        _stages.Clear();
    }

    private void DrawResident()
    {
        _uasc = false;
        _dob = _asOf.AddDays(-_rng.Next(8035)); // 22 years
        _eighteen = _dob.AddYears(18);
        _female = _rng.Chance(0.49);
        _ethnicity = DemoRates.Ethnicity.Pick(_rng);
        _nameGroup = NameGroupFor(_ethnicity);
        bool deprived = _rng.Chance(DemoRates.DeprivedShare);
        _lsoa = deprived ? _rng.Next(DemoLists.DeprivedLsoaCount) : DemoLists.DeprivedLsoaCount + _rng.Next(DemoLists.LsoaCount - DemoLists.DeprivedLsoaCount);
        _risk = _rng.GammaMeanOne(DemoRates.RiskShape) * DemoRates.EthnicRisk(_ethnicity) * (deprived ? DemoRates.DeprivedRisk : 1.0) / 1.29;
        _disabled = _rng.Chance(DemoRates.Disabled);
    }

    // Drawn only for people who come to the service, so the many who never do cost as little as possible.
    private void DrawDetails()
    {
        _homePostcode = HomePostcodeFor(_lsoa);
    }

    private void DrawArrival()
    {
        _uasc = true;
        int span = _asOf.DayNumber - _arrivalsFrom.DayNumber;
        DateOnly arrival = _arrivalsFrom.AddDays(_rng.Next(span + 1));
        double age = _rng.NextDouble() switch
        {
            < 0.10 => 14,
            < 0.35 => 15,
            < 0.75 => 16,
            _ => 17,
        };
        _dob = arrival.AddDays(-(int)((age + _rng.NextDouble()) * 365.25));
        _eighteen = _dob.AddYears(18);
        if (arrival >= _eighteen)
        {
            _dob = _dob.AddDays(30);
            _eighteen = _dob.AddYears(18);
        }

        _arrival = arrival;
        _female = _rng.Chance(0.08);
        _ethnicity = DemoRates.UascEthnicity.Pick(_rng);
        _nameGroup = _ethnicity switch
        {
            "OOTH" or "AOTH" => DemoLists.NameGroup.Afghan,
            "BAFR" or "BOTH" => DemoLists.NameGroup.HornOfAfrica,
            "WOTH" => DemoLists.NameGroup.Albanian,
            _ => DemoLists.NameGroup.MiddleEastern,
        };
        _lsoa = _rng.Next(DemoLists.LsoaCount);
        _risk = 1;
        _disabled = false;
    }

    private static DemoLists.NameGroup NameGroupFor(string ethnicity) => ethnicity switch
    {
        "WBRI" or "WIRI" or "WIRT" => DemoLists.NameGroup.WhiteBritish,
        "WOTH" or "WROM" => DemoLists.NameGroup.WhiteOther,
        "AIND" or "APKN" or "ABAN" or "AOTH" => DemoLists.NameGroup.SouthAsian,
        "BAFR" or "BOTH" => DemoLists.NameGroup.BlackAfrican,
        "BCRB" or "MWBC" => DemoLists.NameGroup.BlackCaribbean,
        "CHNE" => DemoLists.NameGroup.EastAsian,
        "OOTH" => DemoLists.NameGroup.MiddleEastern,
        "MWBA" => DemoLists.NameGroup.BlackAfrican,
        _ => DemoLists.NameGroup.WhiteBritish,
    };

    private void SimulateResident()
    {
        DateOnly t = _dob > _horizonStart ? _dob : _horizonStart;
        DateOnly stop = Min(_asOf, _eighteen.AddDays(-1));
        DateOnly lastClosure = DateOnly.MinValue;
        while (t <= stop)
        {
            int age = AgeAt(t);
            double rate = DemoRates.ContactsPerChildYear * _risk * DemoRates.AgeFactor(age, _female);
            DateOnly change = NextAgeBand(age);
            if (change <= t)
            {
                change = t.AddDays(1);
            }

            int sinceClosure = t.DayNumber - lastClosure.DayNumber;
            if (sinceClosure < 183)
            {
                rate *= DemoRates.RecontactBoostFirstHalfYear;
                change = Min(change, lastClosure.AddDays(183));
            }
            else if (sinceClosure < 365)
            {
                rate *= DemoRates.RecontactBoostSecondHalfYear;
                change = Min(change, lastClosure.AddDays(365));
            }

            // Rates are constant between age bands and boost steps, so waiting times are redrawn at each change.
            double wait = _rng.Exponential(365.25 / rate);
            if (t.DayNumber + wait >= change.DayNumber)
            {
                t = change;
                continue;
            }

            t = t.AddDays((int)wait);
            if (t > stop)
            {
                break;
            }

            DateOnly? next = Contact(t, DemoRates.ReferralSource.Pick(_rng), uasc: false);
            if (next is not { } resume)
            {
                break;
            }

            if (_episode is not null)
            {
                lastClosure = resume;
                _episode = null;
            }

            t = resume.AddDays(1);
        }
    }

    private void SimulateArrival()
    {
        if (_arrival < _horizonStart)
        {
            return;
        }

        Contact(_arrival, DemoRates.UascReferralSource.Pick(_rng), uasc: true);
    }

    private DateOnly NextAgeBand(int age)
    {
        int next = age switch
        {
            0 => 1,
            < 5 => 5,
            < 11 => 11,
            < 16 => 16,
            _ => 18,
        };
        return _dob.AddYears(next);
    }

    /// <summary>A contact and its MASH decision; returns the day from which the next contact can come, or null to stop.</summary>
    private DateOnly? Contact(DateOnly day, string source, bool uasc)
    {
        if (_homePostcode.Length == 0)
        {
            DrawDetails();
        }

        if (!uasc && _rng.Chance(0.6) && !_calendar.IsWorkingDay(day))
        {
            day = _calendar.AddWorkingDays(day, 1);
            if (day > _asOf)
            {
                return null;
            }
        }

        var contact = new Contact
        {
            ReceivedAt = At(day, _rng.Chance(0.06) ? _rng.Between(0, 23) : _rng.Between(8, 17)),
            Source = source,
        };
        _contacts.Add(contact);

        double u = _rng.NextDouble();
        ContactOutcome outcome = uasc || u < DemoRates.ContactToReferral ? ContactOutcome.Referral
            : u < DemoRates.ContactToReferral + DemoRates.ContactToEarlyHelp ? ContactOutcome.EarlyHelp
            : ContactOutcome.NoFurtherAction;
        if (outcome == ContactOutcome.EarlyHelp && EarlyHelpOpenOn(day))
        {
            outcome = ContactOutcome.NoFurtherAction;
        }

        Brag final = outcome switch
        {
            ContactOutcome.Referral => _rng.Chance(uasc ? 0.5 : 0.35) ? Brag.Red : Brag.Amber,
            ContactOutcome.EarlyHelp => _rng.Chance(0.7) ? Brag.Green : Brag.Amber,
            _ => _rng.Chance(0.55) ? Brag.Blue : Brag.Green,
        };
        contact.BragFirst = _rng.Chance(0.78) ? final : final switch
        {
            Brag.Blue => _rng.Chance(0.6) ? Brag.Amber : Brag.Red,
            Brag.Green => Brag.Amber,
            Brag.Amber => _rng.Chance(0.5) ? Brag.Green : Brag.Red,
            _ => Brag.Amber,
        };

        // Most decisions the same or the next working day (seed: within 1 working day); a few slip.
        int decisionDays = _rng.NextDouble() switch
        {
            < 0.55 when _calendar.IsWorkingDay(day) && contact.ReceivedAt.Hour < 16 => 0,
            < 0.86 => 1,
            _ => _rng.Between(2, 4),
        };
        DateOnly decided = _calendar.AddWorkingDays(day, decisionDays);
        if (uasc)
        {
            decided = day;
        }

        DateTime decidedAt = decisionDays == 0 || uasc
            ? contact.ReceivedAt.AddMinutes(_rng.Between(20, 300))
            : At(decided, _rng.Between(9, 17));
        DateTime endOfDecisionDay = decided.ToDateTime(new TimeOnly(23, 59));
        if (decidedAt > endOfDecisionDay)
        {
            decidedAt = endOfDecisionDay;
        }

        if (decided > _asOf)
        {
            return null; // still awaiting a decision at the as-of date
        }

        TeamModel mash = PickTeam(TeamKind.Mash);
        contact.DecisionAt = decidedAt;
        contact.BragFinal = final;
        contact.Outcome = outcome;
        contact.DecidedById = mash.WorkerAt(decided, _rng)?.Worker.Id ?? mash.ManagerIdAt(decided);
        contact.DecisionRationale = outcome switch
        {
            ContactOutcome.Referral => final == Brag.Red ? "Risk of significant harm: referral to assessment, strategy discussion to consider" : "Threshold for statutory assessment met",
            ContactOutcome.EarlyHelp => "Needs below the statutory threshold: early help offered with consent",
            _ => _rng.Chance(0.5) ? "No further action: information and advice given" : "No further action: needs met by universal services",
        };

        return outcome switch
        {
            ContactOutcome.Referral => Episode(contact, decided, uasc),
            ContactOutcome.EarlyHelp => StartEarlyHelp(decided) ?? decided,
            _ => decided,
        };
    }

    private bool EarlyHelpOpenOn(DateOnly day) => _openEarlyHelp is not null && _earlyHelpPlannedEnd > day;

    private DateOnly? StartEarlyHelp(DateOnly start)
    {
        if (EarlyHelpOpenOn(start) || start > _asOf || start >= _eighteen)
        {
            return null;
        }

        int days = _rng.NextDouble() switch
        {
            < 0.58 => _rng.Between(60, 270),
            < 0.76 => _rng.Between(271, 365),
            _ => _rng.Between(366, 760),
        };
        DateOnly end = Min(start.AddDays(days), _eighteen);
        var episode = new EarlyHelpEpisode { StartDate = start };
        if (_rng.Chance(0.55))
        {
            TeamModel team = PickTeam(TeamKind.EarlyHelp);
            episode.TeamId = team.Team.Id;
            episode.LeadProfessionalId = team.WorkerAt(start, _rng)?.Worker.Id;
        }
        else
        {
            episode.LeadAgency = DemoRates.EarlyHelpLeadAgency.Pick(_rng);
        }

        if (end <= _asOf)
        {
            episode.EndDate = end;
            episode.EndReason = end == _eighteen ? "Reached 18" : DemoRates.EarlyHelpEndReason.Pick(_rng);
        }

        _earlyHelp.Add(episode);
        _openEarlyHelp = episode;
        _earlyHelpPlannedEnd = end;
        return start;
    }

    private void EndEarlyHelp(DateOnly day, string reason)
    {
        if (EarlyHelpOpenOn(day) && day >= _openEarlyHelp!.StartDate)
        {
            _openEarlyHelp.EndDate = day;
            _openEarlyHelp.EndReason = reason;
            _earlyHelpPlannedEnd = day;
        }
    }

    // ---- Stages: which kind of team holds the case, for allocations -----------------------------------------------

    private void SetStage(TeamKind kind, DateOnly from)
    {
        if (_stages.Count > 0 && _stages[^1].End is null)
        {
            if (_stages[^1].Team.Team.Kind == kind)
            {
                return;
            }

            _stages[^1].End = from;
        }

        _stages.Add(new Stage(PickTeam(kind), from));
    }

    private void EndStage(DateOnly at)
    {
        if (_stages.Count > 0 && _stages[^1].End is null)
        {
            _stages[^1].End = at < _stages[^1].Start ? _stages[^1].Start : at;
        }
    }

    private TeamModel CurrentTeam(TeamKind fallback) =>
        _stages.Count > 0 && _stages[^1].End is null ? _stages[^1].Team : PickTeam(fallback);

    private TeamModel PickTeam(TeamKind kind)
    {
        IReadOnlyList<TeamModel> teams = _workforce.TeamsOf(kind);
        return teams[_rng.Next(teams.Count)];
    }

    // ---- Small helpers ----------------------------------------------------------------------------------------------

    private int AgeAt(DateOnly day)
    {
        // Consistent with AddYears (a 29 February birthday falls on 28 February), which the age bands use.
        int age = day.Year - _dob.Year;
        if (_dob.AddYears(Math.Max(0, age)) > day)
        {
            age--;
        }

        return age;
    }

    private DateOnly AddWorkingDays(DateOnly day, int n) => _calendar.AddWorkingDays(day, n);

    private DateTime At(DateOnly day, int hour) => day.ToDateTime(new TimeOnly(hour, _rng.Next(60)));

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private sealed class Stage(TeamModel team, DateOnly start)
    {
        public TeamModel Team { get; } = team;

        public DateOnly Start { get; } = start;

        public DateOnly? End { get; set; }
    }
}

/// <summary>Keys per table, handed out in the order rows are written (so they do not depend on batching).</summary>
internal sealed class IdSequences
{
    private readonly Dictionary<Type, long> _last = [];

    public long Next<T>()
    {
        _last.TryGetValue(typeof(T), out long last);
        _last[typeof(T)] = ++last;
        return last;
    }
}
