using System.Collections;
using OpenCsc.CareLeavers;
using OpenCsc.ChildInNeed;
using OpenCsc.ChildProtection;
using OpenCsc.Children;
using OpenCsc.Data;
using OpenCsc.FrontDoor;
using OpenCsc.LookedAfter;
using OpenCsc.Visits;
using OpenCsc.Workforce;

namespace OpenCsc.Borough.Generation;

/// <summary>Where the generator puts the rows it makes. Rows arrive parents first and carry their keys.</summary>
public interface IRowSink
{
    void Add<T>(T row)
        where T : Entity;
}

/// <summary>Keeps every row in memory, by type (for tests and small boroughs).</summary>
public sealed class InMemoryRowSink : IRowSink
{
    private readonly Dictionary<Type, IList> _rows = [];

    public long Count { get; private set; }

    public void Add<T>(T row)
        where T : Entity
    {
        if (!_rows.TryGetValue(typeof(T), out IList? list))
        {
            list = new List<T>();
            _rows[typeof(T)] = list;
        }

        ((List<T>)list).Add(row);
        Count++;
    }

    public IReadOnlyList<T> Rows<T>()
        where T : Entity =>
        _rows.TryGetValue(typeof(T), out IList? list) ? (List<T>)list : [];

    public IReadOnlyDictionary<Type, int> CountsByType() => _rows.ToDictionary(pair => pair.Key, pair => pair.Value.Count);

    /// <summary>Every row, types in the order they were first added.</summary>
    public IEnumerable<Entity> AllRows() => _rows.Values.SelectMany(list => list.Cast<Entity>());
}

/// <summary>
/// Buffers the rows of the children's journeys by type and writes them in foreign-key order (parents first)
/// through a <see cref="BulkWriter"/>. The workforce and the authority are written before, directly.
/// </summary>
internal sealed class BufferedRowSink : IRowSink
{
    public const string Actor = "system:seed";

    private readonly Dictionary<Type, RowBuffer> _byType = [];
    private readonly List<RowBuffer> _inWriteOrder = [];

    public BufferedRowSink()
    {
        Register<ProspectiveAdopter>();
        Register<Child>();
        Register<ChildDisability>();
        Register<CinEpisode>();
        Register<Contact>();
        Register<EarlyHelpEpisode>();
        Register<Assessment>();
        Register<AssessmentFactor>();
        Register<CinPlan>();
        Register<StrategyDiscussion>();
        Register<Section47Enquiry>();
        Register<ChildProtectionPlan>();
        Register<CpReviewConference>();
        Register<CoreGroupMeeting>();
        Register<PeriodOfCare>();
        Register<CareEpisode>();
        Register<LacReview>();
        Register<IroAllocation>();
        Register<HealthAssessment>();
        Register<AnnualHealthOutcomes>();
        Register<MissingEpisode>();
        Register<LegalOrder>();
        Register<AdoptionDecision>();
        Register<Adoption>();
        Register<PreviousPermanence>();
        Register<SocialWorkerEpisode>();
        Register<CareLeaver>();
        Register<CareLeaverStatus>();
        Register<Visit>();
        Register<Allocation>();
    }

    /// <summary>Rows waiting to be written.</summary>
    public int Count { get; private set; }

    public void Add<T>(T row)
        where T : Entity
    {
        if (!_byType.TryGetValue(typeof(T), out RowBuffer? buffer))
        {
            throw new InvalidOperationException($"{typeof(T).Name} rows are not written through the buffered sink.");
        }

        ((RowBuffer<T>)buffer).Rows.Add(row);
        Count++;
    }

    public async Task FlushAsync(BulkWriter writer, CancellationToken cancellationToken)
    {
        foreach (RowBuffer buffer in _inWriteOrder)
        {
            await buffer.WriteAsync(writer, cancellationToken);
        }

        Count = 0;
    }

    /// <summary>Rows written so far, by entity name.</summary>
    public IEnumerable<KeyValuePair<string, long>> Written() =>
        _inWriteOrder.Select(b => new KeyValuePair<string, long>(b.EntityName, b.Written));

    private void Register<T>()
        where T : Entity
    {
        var buffer = new RowBuffer<T>();
        _byType[typeof(T)] = buffer;
        _inWriteOrder.Add(buffer);
    }

    private abstract class RowBuffer
    {
        public abstract string EntityName { get; }

        public long Written { get; protected set; }

        public abstract Task WriteAsync(BulkWriter writer, CancellationToken cancellationToken);
    }

    private sealed class RowBuffer<T> : RowBuffer
        where T : Entity
    {
        public List<T> Rows { get; } = [];

        public override string EntityName => typeof(T).Name;

        public override async Task WriteAsync(BulkWriter writer, CancellationToken cancellationToken)
        {
            if (Rows.Count == 0)
            {
                return;
            }

            await writer.WriteAsync(Rows, Actor, cancellationToken);
            Written += Rows.Count;
            Rows.Clear();
        }
    }
}
