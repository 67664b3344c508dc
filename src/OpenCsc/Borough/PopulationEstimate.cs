using OpenCsc.Data;

namespace OpenCsc.Borough;

/// <summary>The mid-year estimate of children aged 0-17, the base of every rate per 10,000.</summary>
public class PopulationEstimate : Entity
{
    public int Year { get; set; }

    public int Children { get; set; }
}
