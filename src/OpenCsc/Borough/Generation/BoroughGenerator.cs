using System.Globalization;
using OpenCsc.Calendar;
using OpenCsc.Data;
using OpenCsc.LookedAfter;
using OpenCsc.Workforce;

namespace OpenCsc.Borough.Generation;

/// <summary>
/// Makes a synthetic borough, reproducibly from a seed: the authority, its population estimates and workforce
/// (<see cref="Reference"/>), then one person at a time (<see cref="GeneratePerson"/>), so that a borough of any size
/// streams out in constant memory. Most people never come to the service and produce no rows.
/// </summary>
public sealed class BoroughGenerator
{
    public const string AuthorityName = "Synthetic Borough";

    /// <summary>The DfE LA code of the synthetic borough (not a real authority's).</summary>
    public const string LaCode = "999";

    /// <summary>
    /// The LA number in the children's UPNs (characters 2-4). UPNs must carry a number the DfE recognises (CIN rule
    /// 1530), which 999 is not: 201, the City of London, whose one maintained school's establishment number (3614)
    /// never matches the synthetic UPNs' characters 5-6 (the year of allocation, 2000-2035), so no real pupil's UPN
    /// is made.
    /// </summary>
    public const string UpnLaNumber = "201";

    private readonly PersonSimulation _simulation;
    private long _next;
    private long _childrenCreated;

    /// <param name="calendar">The working-day calendar in force; the England and Wales bank holidays when not given.</param>
    public BoroughGenerator(DemoBoroughOptions options, TimeProvider? clock = null, WorkingDayCalendar? calendar = null)
    {
        options.ThrowIfInvalid();
        Options = options;
        AsOf = options.ResolveAsOf(clock ?? TimeProvider.System);
        WindowStart = AsOf.AddYears(-options.Years).AddDays(1);
        Residents = PersonSimulation.ResidentsFor(options.Children);
        Arrivals = PersonSimulation.ArrivalsFor(options.Children, options.Years);
        var workforce = new WorkforceModel(options.Seed, options.Children, WindowStart, AsOf);
        var ids = new IdSequences();
        _simulation = new PersonSimulation(options.Seed, AsOf, options.Years, Residents, workforce, calendar ?? WorkingDayCalendar.EnglandAndWales(), ids);
        Reference = BuildReference(workforce, ids);
    }

    public DemoBoroughOptions Options { get; }

    /// <summary>The last day of the history; nothing is dated after it.</summary>
    public DateOnly AsOf { get; }

    /// <summary>The first day of the history window (cases open then reach back before it).</summary>
    public DateOnly WindowStart { get; }

    /// <summary>People born in the borough in the 22 years to <see cref="AsOf"/>.</summary>
    public long Residents { get; }

    /// <summary>Unaccompanied children arriving from abroad.</summary>
    public long Arrivals { get; }

    public long PersonCount => Residents + Arrivals;

    /// <summary>People simulated so far (safe to read from another thread while generating).</summary>
    public long PersonsDone => Volatile.Read(ref _next);

    public long ChildrenCreated => Volatile.Read(ref _childrenCreated);

    /// <summary>The authority, population estimates, workforce and adopters in approval: written before any child.</summary>
    public ReferenceRows Reference { get; }

    /// <summary>Simulates the next person (persons must be generated in order) and adds their rows to the sink.</summary>
    public bool GeneratePerson(long index, IRowSink sink)
    {
        if (index != _next)
        {
            throw new InvalidOperationException($"Persons must be generated in order: expected {_next}, got {index}.");
        }

        bool created = _simulation.Run(index, sink);
        if (created)
        {
            Volatile.Write(ref _childrenCreated, _childrenCreated + 1);
        }

        Volatile.Write(ref _next, _next + 1);
        return created;
    }

    /// <summary>The whole borough into one sink (for tests and small boroughs).</summary>
    public void GenerateAll(IRowSink sink)
    {
        Reference.AddTo(sink);
        for (long i = _next; i < PersonCount; i++)
        {
            GeneratePerson(i, sink);
        }
    }

    private ReferenceRows BuildReference(WorkforceModel workforce, IdSequences ids)
    {
        var reference = new ReferenceRows();
        reference.Authorities.Add(new Authority { Id = 1, Name = AuthorityName, LaCode = LaCode, IsDemo = true });
        for (int year = WindowStart.Year; year <= AsOf.Year; year++)
        {
            reference.PopulationEstimates.Add(new PopulationEstimate
            {
                Id = reference.PopulationEstimates.Count + 1,
                Year = year,
                Children = Options.Children,
            });
        }

        reference.HeadsOfService.AddRange(workforce.HeadsOfService);
        reference.Services.AddRange(workforce.Services);
        reference.Teams.AddRange(workforce.Teams);
        reference.Staff.AddRange(workforce.Staff);

        // Adopters in approval or who left the process (the matched ones come with the children they adopt).
        var random = new DemoRandom(Options.Seed, -2);
        int count = Math.Max(3, (int)Math.Round(14.0 * Options.Children / DemoBoroughOptions.DefaultChildren));
        string[] leftReasons = ["Withdrew: change in circumstances", "Not approved at panel", "Withdrew: chose another agency", "Withdrew: health"];
        for (int i = 0; i < count; i++)
        {
            long id = ids.Next<ProspectiveAdopter>();
            DateOnly enquiry = AsOf.AddDays(-random.Between(30, 700));
            var adopter = new ProspectiveAdopter
            {
                Id = id,
                AdopterIdentifier = "ADP" + id.ToString("D6", CultureInfo.InvariantCulture),
                Sex = random.Chance(0.6) ? "F" : "M",
                Ethnicity = DemoRates.Ethnicity.Pick(random),
                HasDisability = random.Chance(0.04),
                FosteringForAdoption = random.Chance(0.2),
                EnquiryDate = enquiry,
            };
            DateOnly stage1 = enquiry.AddDays(random.Between(14, 45));
            if (stage1 <= AsOf)
            {
                adopter.Stage1StartDate = stage1;
                DateOnly stage1End = stage1.AddDays(random.Between(50, 60));
                if (random.Chance(0.15) && stage1End <= AsOf)
                {
                    adopter.LeftProcessDate = stage1End;
                    adopter.LeftProcessReason = random.Pick(leftReasons);
                }
                else if (stage1End <= AsOf)
                {
                    adopter.Stage1EndDate = stage1End;
                    DateOnly stage2 = stage1End.AddDays(random.Between(1, 20));
                    if (stage2 <= AsOf)
                    {
                        adopter.Stage2StartDate = stage2;
                        adopter.ApplicationSubmittedDate = stage2;
                        DateOnly approved = stage2.AddDays(random.Between(110, 150));
                        if (approved <= AsOf)
                        {
                            adopter.Stage2EndDate = approved;
                            adopter.ApprovedDate = approved;
                        }
                    }
                }
            }

            reference.ProspectiveAdopters.Add(adopter);
        }

        return reference;
    }
}

/// <summary>The rows written before any child, in an order that satisfies the foreign keys.</summary>
public sealed class ReferenceRows
{
    public List<Authority> Authorities { get; } = [];

    public List<PopulationEstimate> PopulationEstimates { get; } = [];

    /// <summary>Heads of service: no team, no manager; written before the services that point at them.</summary>
    public List<Worker> HeadsOfService { get; } = [];

    public List<Service> Services { get; } = [];

    public List<Team> Teams { get; } = [];

    /// <summary>Team managers first, then the staff they manage.</summary>
    public List<Worker> Staff { get; } = [];

    public List<ProspectiveAdopter> ProspectiveAdopters { get; } = [];

    public int Count => Authorities.Count + PopulationEstimates.Count + HeadsOfService.Count + Services.Count + Teams.Count + Staff.Count
        + ProspectiveAdopters.Count;

    public void AddTo(IRowSink sink)
    {
        AddAll(sink, Authorities);
        AddAll(sink, PopulationEstimates);
        AddAll(sink, HeadsOfService);
        AddAll(sink, Services);
        AddAll(sink, Teams);
        AddAll(sink, Staff);
        AddAll(sink, ProspectiveAdopters);
    }

    private static void AddAll<T>(IRowSink sink, List<T> rows)
        where T : Entity
    {
        foreach (T row in rows)
        {
            sink.Add(row);
        }
    }
}
