using OpenCsc.Calendar;

namespace OpenCsc.Web.Recording;

/// <summary>Registers the recording pipeline's parts once: the timescales, the calendar and the per-request context.</summary>
public static class RecordingServices
{
    public static IServiceCollection AddRecording(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        StatutoryTimescales timescales = configuration.GetSection(StatutoryTimescales.Section).Get<StatutoryTimescales>() ?? StatutoryTimescales.Default;
        services.AddSingleton(timescales);
        services.AddSingleton(WorkingDayCalendar.EnglandAndWales());
        services.AddScoped<RecordingContexts>();
        return services;
    }
}
