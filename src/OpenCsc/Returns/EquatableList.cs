using System.Collections;
using System.Runtime.CompilerServices;

namespace OpenCsc.Returns;

/// <summary>
/// An immutable list that compares by its items, so records holding lists (a child's episodes, a plan's review
/// dates) compare equal when their contents do.
/// </summary>
[CollectionBuilder(typeof(EquatableList), nameof(EquatableList.Create))]
public sealed class EquatableList<T> : IReadOnlyList<T>, IEquatable<EquatableList<T>>
{
    private readonly T[] _items;

    public EquatableList(IEnumerable<T> items)
    {
        _items = items.ToArray();
    }

    internal EquatableList(T[] items, bool _)
    {
        _items = items;
    }

    public static EquatableList<T> Empty { get; } = new([], false);

    public int Count => _items.Length;

    public T this[int index] => _items[index];

    public static implicit operator EquatableList<T>(T[] items) => items.Length == 0 ? Empty : new(items.ToArray(), false);

    public static implicit operator EquatableList<T>(List<T> items) => items.Count == 0 ? Empty : new(items.ToArray(), false);

    public static bool operator ==(EquatableList<T>? left, EquatableList<T>? right) => Equals(left, right);

    public static bool operator !=(EquatableList<T>? left, EquatableList<T>? right) => !Equals(left, right);

    public bool Equals(EquatableList<T>? other) =>
        other is not null && (ReferenceEquals(this, other) || _items.AsSpan().SequenceEqual(other._items, EqualityComparer<T>.Default));

    public override bool Equals(object? obj) => obj is EquatableList<T> other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in _items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    public override string ToString() => $"[{string.Join(", ", _items)}]";
}

public static class EquatableList
{
    public static EquatableList<T> Create<T>(ReadOnlySpan<T> items) =>
        items.Length == 0 ? EquatableList<T>.Empty : new EquatableList<T>(items.ToArray(), false);
}
