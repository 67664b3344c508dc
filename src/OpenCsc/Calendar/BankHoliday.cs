namespace OpenCsc.Calendar;

/// <summary>A single bank holiday (the weekday on which it is actually observed, so substitute days appear here).</summary>
/// <param name="Date">The day the holiday is observed.</param>
/// <param name="Name">Its name, e.g. "Christmas Day (substitute day)".</param>
public sealed record BankHoliday(DateOnly Date, string Name);
