using System.Globalization;
using OpenCsc.Calendar;
using OpenCsc.Data;

namespace OpenCsc.Web.Recording;

/// <summary>
/// Registers the recording pipeline's parts once: the one <see cref="TimescalesProvider"/> (the timescales and the
/// calendar in force) and the per-request context.
/// </summary>
public static class RecordingServices
{
    /// <summary>The configuration key of the local closure days: ISO dates, e.g. ["2026-12-24", "2026-12-31"].</summary>
    public const string ClosureDaysKey = "Calendar:LocalClosureDays";

    public static IServiceCollection AddRecording(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton(Timescales(configuration));
        // For a page that injects them: the same values as the provider's, read once per request.
        services.AddScoped(provider => provider.GetRequiredService<TimescalesProvider>().Current(provider.GetRequiredService<AppDbContext>()));
        services.AddScoped(provider => provider.GetRequiredService<TimescalesInForce>().Timescales);
        services.AddScoped(provider => provider.GetRequiredService<TimescalesInForce>().Calendar);
        services.AddScoped<RecordingContexts>();
        return services;
    }

    /// <summary>
    /// The provider over the configured timescales (the "Timescales" section, each key a <see cref="StatutoryTimescales"/>
    /// property) and local closure days (<see cref="ClosureDaysKey"/>). The command line reads its configuration the same way.
    /// </summary>
    /// <exception cref="InvalidOperationException">A closure day is not an ISO date, or a timescale is not from 1 to 999.</exception>
    public static TimescalesProvider Timescales(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        StatutoryTimescales timescales = configuration.GetSection(StatutoryTimescales.Section).Get<StatutoryTimescales>() ?? StatutoryTimescales.Default;
        foreach (TimescaleDefinition timescale in TimescaleCatalogue.All)
        {
            int value = timescale.Of(timescales);
            if (value is < 1 or > TimescaleCatalogue.Maximum)
            {
                throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                    $"Configuration {StatutoryTimescales.Section}:{timescale.Name} is {value}: a timescale is from 1 to {TimescaleCatalogue.Maximum} {timescale.Unit}."));
            }
        }

        var closureDays = new List<DateOnly>();
        foreach (IConfigurationSection day in configuration.GetSection(ClosureDaysKey).GetChildren())
        {
            if (!DateOnly.TryParseExact(day.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
            {
                throw new InvalidOperationException($"Configuration {ClosureDaysKey}: '{day.Value}' is not a date as yyyy-MM-dd.");
            }

            closureDays.Add(date);
        }

        return new TimescalesProvider(timescales, closureDays);
    }
}
