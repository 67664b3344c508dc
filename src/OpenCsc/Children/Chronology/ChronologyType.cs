namespace OpenCsc.Children.Chronology;

/// <summary>A kind of event a chronology can be filtered by: its query-string key and its label. Each
/// <see cref="IChronologySource"/> names its own.</summary>
public sealed record ChronologyType(string Key, string Label);
