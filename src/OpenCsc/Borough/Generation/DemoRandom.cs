namespace OpenCsc.Borough.Generation;

/// <summary>
/// The generator's random numbers: xoshiro256** seeded by SplitMix64 from (seed, stream). Every person is its own
/// stream, so a child's journey depends only on the seed and the person's index, never on batching or on the other
/// children; and unlike <see cref="Random"/> with a seed, the sequence is fixed here rather than by the runtime.
/// One instance is re-seeded per person, so drawing costs no allocation.
/// </summary>
internal sealed class DemoRandom
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    public DemoRandom(long seed, long stream) => Reset(seed, stream);

    public void Reset(long seed, long stream)
    {
        ulong x = Mix((ulong)seed ^ 0x243F6A8885A308D3UL) ^ Mix((ulong)stream + 0x13198A2E03707344UL);
        _s0 = SplitMix(ref x);
        _s1 = SplitMix(ref x);
        _s2 = SplitMix(ref x);
        _s3 = SplitMix(ref x);
    }

    public ulong NextULong()
    {
        ulong result = RotateLeft(_s1 * 5, 7) * 9;
        ulong t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextULong() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in [0, maxExclusive).</summary>
    public int Next(int maxExclusive) => maxExclusive <= 1 ? 0 : (int)(((NextULong() >> 32) * (ulong)maxExclusive) >> 32);

    /// <summary>Uniform in [minInclusive, maxInclusive].</summary>
    public int Between(int minInclusive, int maxInclusive) => minInclusive + Next(maxInclusive - minInclusive + 1);

    public bool Chance(double probability) => NextDouble() < probability;

    public double Exponential(double mean) => -mean * Math.Log(1.0 - NextDouble());

    public double Normal()
    {
        double u1 = 1.0 - NextDouble();
        double u2 = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    public double LogNormal(double median, double sigma) => median * Math.Exp(sigma * Normal());

    /// <summary>Gamma with the given shape and mean 1 (Marsaglia and Tsang; shape below 1 by boosting).</summary>
    public double GammaMeanOne(double shape)
    {
        double boost = 1.0;
        double k = shape;
        if (k < 1.0)
        {
            boost = Math.Pow(NextDouble() + 1e-300, 1.0 / k);
            k += 1.0;
        }

        double d = k - (1.0 / 3.0);
        double c = 1.0 / Math.Sqrt(9.0 * d);
        while (true)
        {
            double x = Normal();
            double v = 1.0 + (c * x);
            if (v <= 0)
            {
                continue;
            }

            v = v * v * v;
            double u = NextDouble();
            if (u < 1.0 - (0.0331 * x * x * x * x) || Math.Log(u) < (0.5 * x * x) + (d * (1.0 - v + Math.Log(v))))
            {
                return d * v * boost / shape;
            }
        }
    }

    public T Pick<T>(T[] items) => items[Next(items.Length)];

    /// <summary>A uniformly random day in [from, to].</summary>
    public DateOnly DayBetween(DateOnly from, DateOnly to) =>
        to <= from ? from : DateOnly.FromDayNumber(from.DayNumber + Next(to.DayNumber - from.DayNumber + 1));

    private static ulong SplitMix(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        return Mix(state);
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));
}

/// <summary>Codes (or anything) with weights, drawn in proportion to the weights.</summary>
internal sealed class Weighted<T>
{
    private readonly T[] _items;
    private readonly double[] _cumulative;

    public Weighted(params (T Item, double Weight)[] entries)
    {
        _items = new T[entries.Length];
        _cumulative = new double[entries.Length];
        double total = 0;
        for (int i = 0; i < entries.Length; i++)
        {
            total += entries[i].Weight;
            _items[i] = entries[i].Item;
            _cumulative[i] = total;
        }

        for (int i = 0; i < _cumulative.Length; i++)
        {
            _cumulative[i] /= total;
        }
    }

    public T Pick(DemoRandom random)
    {
        double u = random.NextDouble();
        for (int i = 0; i < _cumulative.Length; i++)
        {
            if (u < _cumulative[i])
            {
                return _items[i];
            }
        }

        return _items[^1];
    }
}
