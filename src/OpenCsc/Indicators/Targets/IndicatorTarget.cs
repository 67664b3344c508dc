using OpenCsc.Data;

namespace OpenCsc.Indicators.Targets;

/// <summary>
/// The authority's own target for an indicator, replacing the indicator's default (the improvement board sets them): the
/// value in the indicator's unit (a fraction for a percentage) and why it was set. Who set it and when are the entity's
/// audit columns. No row means the default applies.
/// </summary>
public class IndicatorTarget : Entity
{
    public string IndicatorCode { get; set; } = "";

    public double Value { get; set; }

    public string? Reason { get; set; }
}
