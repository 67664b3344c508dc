using OpenCsc.Data;

namespace OpenCsc.Workforce;

/// <summary>A service area led by a head of service, e.g. "Assessment and Intervention", "Children in Care".</summary>
public class Service : Entity
{
    public string Name { get; set; } = "";

    public long? HeadOfServiceId { get; set; }

    public List<Team> Teams { get; set; } = [];
}
