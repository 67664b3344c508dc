using OpenCsc.Data;

namespace OpenCsc.Children.Chronology;

/// <summary>
/// One feature's events for a child's chronology: one class in the feature's folder, named for its events
/// (<c>ContactEvents</c>), listed once in <see cref="ChildChronology.Sources"/>. See decision 0027.
/// </summary>
public interface IChronologySource
{
    /// <summary>The type every event of this source has.</summary>
    ChronologyType Type { get; }

    /// <summary>The child's events, in any order; read from the feature's tables by their child_id index. Called only
    /// for a child the caller has already admitted (need-to-know is checked before the record is read).</summary>
    Task<IReadOnlyList<ChronologyEvent>> ReadAsync(AppDbContext db, long childId, CancellationToken cancellationToken);
}
