using System.Globalization;

namespace OpenCsc.Borough.Generation;

/// <summary>What `opencsc demo seed` makes: how many children to draw from, how much history, from which seed.</summary>
public sealed record DemoBoroughOptions
{
    /// <summary>A Barnet-sized borough: about 93,000 children aged 0-17.</summary>
    public const int DefaultChildren = 93_000;

    public const int MinimumChildren = 100;

    public const int MaximumChildren = 20_000_000;

    /// <summary>Children aged 0-17 living in the borough (the population the children known to the service come from).</summary>
    public int Children { get; init; } = DefaultChildren;

    /// <summary>Years of history before <see cref="AsOf"/>.</summary>
    public int Years { get; init; } = 5;

    public int Seed { get; init; } = 1;

    /// <summary>The last day of the history (nothing happens after it); null means today.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>
    /// Plant a documented set of known errors (<see cref="PlantedErrors"/>): each breaks one SSDA903 or CIN census
    /// validation rule on a known child, listed in <see cref="SeedResult.PlantedErrors"/>. Off: the returns are clean.
    /// </summary>
    public bool PlantErrors { get; init; }

    /// <summary>Rows buffered before they are written to the database.</summary>
    public int BatchSize { get; init; } = 20_000;

    /// <summary>The problems with these options, worded for the command line; empty when they are usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (Children < MinimumChildren)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"--children must be at least {MinimumChildren} (got {Children})."));
        }
        else if (Children > MaximumChildren)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"--children must be at most {MaximumChildren} (got {Children})."));
        }

        if (Years is < 1 or > 20)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"--years must be between 1 and 20 (got {Years})."));
        }

        if (BatchSize < 100)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"The batch size must be at least 100 rows (got {BatchSize})."));
        }

        if (AsOf is { } asOf && (asOf.Year < 2000 || asOf.Year > 2090))
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"--as-of must be between 2000 and 2090 (got {asOf:yyyy-MM-dd})."));
        }

        return errors;
    }

    /// <exception cref="ArgumentException">The options are not usable; the message lists why.</exception>
    public void ThrowIfInvalid()
    {
        IReadOnlyList<string> errors = Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", errors));
        }
    }

    /// <summary>The as-of date: the one given, else today by the clock.</summary>
    public DateOnly ResolveAsOf(TimeProvider clock) => AsOf ?? DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
}
