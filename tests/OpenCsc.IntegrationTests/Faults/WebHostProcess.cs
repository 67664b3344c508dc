using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using OpenCsc.Data;
using OpenCsc.IntegrationTests.Infrastructure;

namespace OpenCsc.IntegrationTests.Faults;

/// <summary>
/// The built web host (OpenCsc.Web.dll, copied beside the tests) run as a process of its own on a free loopback port,
/// as in production, so a test can kill it outright (SIGKILL: no shutdown, no rollback by the host). Its clock is the
/// real one: the tests that use it record events dated in the past.
/// </summary>
public sealed class WebHostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _folder;

    private WebHostProcess(Process process, string folder, string baseUrl)
    {
        _process = process;
        _folder = folder;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    /// <summary>What the host wrote to its console.</summary>
    public ConcurrentQueue<string> Output { get; } = new();

    /// <summary>Starts the host on the database and waits until it answers.</summary>
    public static async Task<WebHostProcess> StartAsync(DatabaseSettings settings)
    {
        string folder = Directory.CreateTempSubdirectory("opencsc-host-").FullName;
        string url = "http://127.0.0.1:" + FreePort().ToString(CultureInfo.InvariantCulture);
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in new[] { Path.Combine(AppContext.BaseDirectory, "OpenCsc.Web.dll"), "--db", TestDatabases.DbArgument(settings), "--urls", url })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment.Remove(DatabaseSettings.EnvironmentVariable);
        var process = new Process { StartInfo = start };
        var host = new WebHostProcess(process, folder, url);
        process.OutputDataReceived += (_, e) => host.Output.Enqueue(e.Data ?? "");
        process.ErrorDataReceived += (_, e) => host.Output.Enqueue(e.Data ?? "");
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var probe = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(5) };
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromMinutes(3))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException("The web host exited at start-up: " + string.Join('\n', host.Output));
            }

            try
            {
                using HttpResponseMessage response = await probe.GetAsync("/sign-in", TestContext.Current.CancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return host;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
            {
                // Still starting.
            }

            await Task.Delay(200, TestContext.Current.CancellationToken);
        }

        await host.DisposeAsync();
        throw new InvalidOperationException("The web host did not answer within 3 minutes: " + string.Join('\n', host.Output));
    }

    /// <summary>A client with its own cookies, following no redirects.</summary>
    public HttpClient NewClient() => new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
    {
        BaseAddress = new Uri(BaseUrl),
        Timeout = TimeSpan.FromMinutes(2),
    };

    /// <summary>Kills the host at once (SIGKILL), as a power cut or the out-of-memory killer would.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync(TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the operating system's temporary folder clean-up.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
