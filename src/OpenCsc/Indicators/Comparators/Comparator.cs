using OpenCsc.Data;

namespace OpenCsc.Indicators.Comparators;

/// <summary>
/// A published figure to compare an indicator with: an area (England, London, statistical neighbours...), the DfE
/// reporting year (the year ending 31 March, or 30 September for the workforce), the value in the indicator's unit
/// (a fraction for a percentage) and where it was published. The DfE's figures are loaded as defaults; users edit
/// them and add years.
/// </summary>
public class Comparator : Entity
{
    public string IndicatorCode { get; set; } = "";

    public string Area { get; set; } = "";

    public int Year { get; set; }

    public double Value { get; set; }

    public string? Source { get; set; }

    public string? SourceAddress { get; set; }
}
