namespace OpenCsc.Web.Security;

/// <summary>
/// The children this request's response shows, and those it refused, as the page declares them; one per request.
/// <see cref="ChildAccessAudit"/> writes them to the audit trail as the response starts. A page about one child
/// declares it by asking <see cref="CurrentStaff.RefusalForChildAsync"/> (which every such page starts with); a
/// list page declares the children it lists with <see cref="Children"/>; a download with <see cref="Exported"/>.
/// </summary>
public sealed class ShownChildren
{
    private readonly SortedSet<long> _shown = [];
    private readonly SortedSet<long> _refused = [];

    /// <summary>The children shown, in id order.</summary>
    public IReadOnlyCollection<long> Shown => _shown;

    /// <summary>The children whose record was refused, in id order.</summary>
    public IReadOnlyCollection<long> Refusals => _refused;

    /// <summary>Set when the response is a download: what it is and its details (file, rows ...), for an Export entry.</summary>
    public (string What, (string Name, object? Value)[] Parameters)? Export { get; private set; }

    /// <summary>The response shows this child's record (or part of it).</summary>
    public void Child(long childId) => _shown.Add(childId);

    /// <summary>The response lists these children (only those on the page shown, not the whole list).</summary>
    public void Children(IEnumerable<long> childIds)
    {
        ArgumentNullException.ThrowIfNull(childIds);
        _shown.UnionWith(childIds);
    }

    /// <summary>The response is a file of these children: recorded as an Export of <paramref name="what"/>, not a View.</summary>
    public void Exported(string what, IEnumerable<long> childIds, params (string Name, object? Value)[] parameters)
    {
        Children(childIds);
        Export = (what, parameters);
    }

    /// <summary>The person asked for this child's record and was refused it.</summary>
    public void Refused(long childId) => _refused.Add(childId);
}
