using OpenCsc.Data;

namespace OpenCsc.Borough;

/// <summary>The local authority the database belongs to.</summary>
public class Authority : Entity
{
    public string Name { get; set; } = "";

    /// <summary>The DfE's three-digit LA code (CIN census LEA).</summary>
    public string LaCode { get; set; } = "";

    /// <summary>True when the data was made by the synthetic borough generator.</summary>
    public bool IsDemo { get; set; }
}
