using OpenCsc.Data;

namespace OpenCsc.Children;

/// <summary>A disability recorded for a child, coded as the CIN census does (MOB, HAND, PC, ..., NONE).</summary>
public class ChildDisability : Entity
{
    public long ChildId { get; set; }

    public Child? Child { get; set; }

    public string Code { get; set; } = "";
}
