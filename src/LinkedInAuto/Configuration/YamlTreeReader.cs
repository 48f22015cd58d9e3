using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace LinkedInAuto.Configuration;

/// <summary>Reads YAML text into a <see cref="ConfigNode"/> tree that remembers the line and column of every value.</summary>
/// <remarks>
/// Built on YamlDotNet's event parser rather than its object deserializer so that unknown keys, wrong types and
/// out-of-range values can all be reported with their position, and duplicate keys are an error instead of a
/// silent override.
/// </remarks>
internal static class YamlTreeReader
{
    /// <summary>Parses a YAML document; an empty document gives an empty mapping.</summary>
    /// <exception cref="ConfigException">The text is not valid YAML, or has duplicate keys.</exception>
    public static ConfigMapping Read(string text, string source)
    {
        RejectTabIndentation(text, source);
        var parser = new Parser(new StringReader(text));
        var anchors = new Dictionary<string, ConfigNode>(StringComparer.Ordinal);
        try
        {
            parser.Consume<StreamStart>();
            if (parser.TryConsume<StreamEnd>(out _))
            {
                return new ConfigMapping(new ConfigLocation(source, 1, 1));
            }

            parser.Consume<DocumentStart>();
            var root = ReadNode(parser, source, anchors);
            parser.Consume<DocumentEnd>();
            if (!parser.Accept<StreamEnd>(out _))
            {
                var next = parser.Current!;
                throw new ConfigException([Error(source, next.Start, string.Empty, "only one YAML document is allowed (remove the second `---`)")]);
            }

            return root switch
            {
                ConfigMapping mapping => mapping,
                ConfigScalar { IsNull: true } => new ConfigMapping(root.Location),
                _ => throw new ConfigException([new ConfigError(root.Location, string.Empty, "expected a mapping of sections (`key: value` lines) at the top level")]),
            };
        }
        catch (YamlException ex)
        {
            var message = ex.InnerException?.Message ?? ex.Message;
            var problem = "YAML syntax error: " + StripPosition(message);
            throw new ConfigException([Error(source, ex.Start, string.Empty, problem)]);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet 16 throws this (not a YamlException) on an unclosed flow collection `{ …` or `[ …`.
            var mark = parser.Current?.Start ?? Mark.Empty;
            throw new ConfigException([Error(source, mark, string.Empty, "YAML syntax error: unexpected structure near here (an unclosed `{` or `[`?)")]);
        }
    }

    private static void RejectTabIndentation(string text, string source)
    {
        // YAML forbids tabs for indentation; YamlDotNet reports it at 1:1, so find the line ourselves.
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indentation = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', StringComparison.Ordinal);
            if (tab >= 0 && tab < indentation)
            {
                throw new ConfigException([new ConfigError(new ConfigLocation(source, i + 1, tab + 1), string.Empty, "YAML syntax error: tab used for indentation; indent with spaces")]);
            }
        }
    }

    /// <summary>Parses a single YAML value (a flow list or mapping from an environment override); positions name <paramref name="source"/>.</summary>
    /// <exception cref="ConfigException">The text is not valid YAML.</exception>
    public static ConfigNode ReadValue(string text, string source)
    {
        var parser = new Parser(new StringReader(text));
        try
        {
            parser.Consume<StreamStart>();
            parser.Consume<DocumentStart>();
            var node = ReadNode(parser, source, new Dictionary<string, ConfigNode>(StringComparer.Ordinal));
            return WithLocation(node, new ConfigLocation(source, 0, 0));
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException)
        {
            throw new ConfigException([new ConfigError(new ConfigLocation(source, 0, 0), string.Empty, "YAML syntax error in the value: " + StripPosition(ex.Message))]);
        }
    }

    // Values read from an environment variable are located at the variable, not at a line of its text.
    private static ConfigNode WithLocation(ConfigNode node, ConfigLocation location) => node switch
    {
        ConfigScalar s => new ConfigScalar(s.Value, s.Quoted, location),
        ConfigSequence q => new ConfigSequence(q.Items.Select(i => WithLocation(i, location)).ToList(), location),
        ConfigMapping m => Relocate(m, location),
        _ => node,
    };

    private static ConfigMapping Relocate(ConfigMapping mapping, ConfigLocation location)
    {
        var result = new ConfigMapping(location);
        foreach (var (key, value) in mapping.Entries)
        {
            result.Set(new ConfigScalar(key.Value, key.Quoted, location), WithLocation(value, location));
        }

        return result;
    }

    private static ConfigNode ReadNode(IParser parser, string source, Dictionary<string, ConfigNode> anchors)
    {
        if (parser.TryConsume<AnchorAlias>(out var alias))
        {
            if (anchors.TryGetValue(alias.Value.Value, out var target))
            {
                return target;
            }

            throw new ConfigException([Error(source, alias.Start, string.Empty, $"unknown alias *{alias.Value.Value}")]);
        }

        ConfigNode node;
        string? anchor;
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            anchor = scalar.Anchor.IsEmpty ? null : scalar.Anchor.Value;
            node = new ConfigScalar(scalar.Value, scalar.Style is not ScalarStyle.Plain, Location(source, scalar.Start));
        }
        else if (parser.TryConsume<SequenceStart>(out var sequenceStart))
        {
            anchor = sequenceStart.Anchor.IsEmpty ? null : sequenceStart.Anchor.Value;
            var items = new List<ConfigNode>();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                items.Add(ReadNode(parser, source, anchors));
            }

            node = new ConfigSequence(items, Location(source, sequenceStart.Start));
        }
        else
        {
            var mappingStart = parser.Consume<MappingStart>();
            anchor = mappingStart.Anchor.IsEmpty ? null : mappingStart.Anchor.Value;
            node = ReadMapping(parser, source, anchors, Location(source, mappingStart.Start));
        }

        if (anchor is not null)
        {
            anchors[anchor] = node;
        }

        return node;
    }

    private static ConfigMapping ReadMapping(IParser parser, string source, Dictionary<string, ConfigNode> anchors, ConfigLocation location)
    {
        var mapping = new ConfigMapping(location);
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var keyNode = ReadNode(parser, source, anchors);
            if (keyNode is not ConfigScalar key)
            {
                throw new ConfigException([new ConfigError(keyNode.Location, string.Empty, "a key must be a plain word, not a list or a mapping")]);
            }

            var value = ReadNode(parser, source, anchors);
            if (mapping.Get(key.Value) is { } previous)
            {
                throw new ConfigException([new ConfigError(key.Location, key.Value, $"duplicate key (first defined at line {previous.Location.Line}); keep only one")]);
            }

            mapping.Set(key, value);
        }

        return mapping;
    }

    private static ConfigLocation Location(string source, Mark mark) => new(source, (int)mark.Line, (int)mark.Column);

    private static ConfigError Error(string source, Mark mark, string path, string problem) => new(Location(source, mark), path, problem);

    private static string StripPosition(string message)
    {
        // YamlDotNet prefixes messages with "(Line: 3, Col: 7, Idx: 20) - (Line: …): "; the position is reported separately.
        var index = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith('(') && index > 0 ? message[(index + 3)..] : message;
    }
}
