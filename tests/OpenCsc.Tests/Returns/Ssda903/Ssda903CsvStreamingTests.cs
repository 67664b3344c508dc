using System.Text;
using OpenCsc.Returns;
using OpenCsc.Returns.Ssda903;

namespace OpenCsc.Tests.Returns.Ssda903;

/// <summary>Measures the process's memory, so it runs with no other test alongside.</summary>
[Collection(nameof(MemoryMeasuringCollection))]
public class Ssda903CsvStreamingTests
{
    private const string EpisodesHeader = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN";

    [Fact]
    public void A_50MB_file_streams_in_bounded_memory()
    {
        // Arrange: about 50 MB of episodes in a temporary file
        using var folder = new TempFolder();
        string path = folder.File("big.csv");
        using (var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16))
        {
            writer.Write(EpisodesHeader + "\r\n");
            for (int i = 0; i < 700_000; i++)
            {
                writer.Write(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                writer.Write(",15/02/2016,L,C2,N3,T2,PR0,14/08/2017,X1,CLOSE,EG19 7TT,WV27 9FW,4244474\r\n");
            }
        }

        long size = new FileInfo(path).Length;
        Assert.True(size > 50_000_000, $"{size} bytes");
        var reader = new Ssda903CsvReader(new Ssda903ReadOptions { Year = new CollectionYear(2023) });
        using var stream = new CountingFileStream(path);
        long baseline = GC.GetTotalMemory(forceFullCollection: true);
        long peak = 0;
        long readAtFirst = -1;
        int count = 0;

        // Act
        foreach (var record in reader.Read(stream, "big.csv"))
        {
            if (readAtFirst < 0)
            {
                readAtFirst = stream.BytesRead;
            }

            if (++count % 100_000 == 0)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true) - baseline);
            }
        }

        // Assert
        Assert.Equal(700_000, count);
        Assert.Empty(reader.Problems);
        Assert.True(readAtFirst < 1_000_000, $"{readAtFirst} bytes read before the first record");
        Assert.True(peak < 16_000_000, $"{peak} bytes held while reading");
    }

    private sealed class CountingFileStream(string path) : FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096)
    {
        public long BytesRead { get; private set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            int read = base.Read(buffer, offset, count);
            BytesRead += read;
            return read;
        }

        public override int Read(Span<byte> buffer)
        {
            int read = base.Read(buffer);
            BytesRead += read;
            return read;
        }
    }
}

[CollectionDefinition(nameof(MemoryMeasuringCollection), DisableParallelization = true)]
public sealed class MemoryMeasuringCollection
{
}
