using OpenCsc.Children;
using OpenCsc.Data;

namespace OpenCsc.DataQuality;

/// <summary>
/// A query (a rule whose code ends in Q: the DfE asks for the data to be checked or explained) that the performance
/// team has checked for a child and explained: it stops showing for that child and rule, in this run and later ones.
/// </summary>
public class ExplainedQuery : Entity
{
    public string Collection { get; set; } = "";

    public string Rule { get; set; } = "";

    public long ChildId { get; set; }

    public Child? Child { get; set; }

    public string Note { get; set; } = "";

    /// <summary>Who explained it, as signed in.</summary>
    public string ExplainedBy { get; set; } = "";

    /// <summary>When (UTC).</summary>
    public DateTime ExplainedAt { get; set; }
}
