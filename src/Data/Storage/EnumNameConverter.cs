using System.Collections.Frozen;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace BpjsTk.Data.Storage;

/// <summary>Stores an enum as its SCREAMING_SNAKE_CASE name (<c>LocalGovernment</c> as <c>LOCAL_GOVERNMENT</c>): readable in SQL, the same as the GraphQL enum value.</summary>
internal sealed class EnumNameConverter<TEnum>() : ValueConverter<TEnum, string>(
    value => ToText(value),
    text => ToValue(text))
    where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<TEnum, string> Texts =
        Enum.GetValues<TEnum>().ToFrozenDictionary(value => value, value => EnumNames.ToScreamingSnake(value.ToString()));

    private static readonly FrozenDictionary<string, TEnum> Values =
        Texts.ToFrozenDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);

    private static string ToText(TEnum value) => Texts[value];

    private static TEnum ToValue(string text) =>
        Values.TryGetValue(text, out var value)
            ? value
            : throw new InvalidOperationException($"'{text}' is not a stored {typeof(TEnum).Name}.");
}
