namespace LinkedInAuto.Browser;

/// <summary>Plans a pointer's travel: a gently curved line through a few waypoints, and where to land inside a box.</summary>
internal static class PointerPath
{
    /// <summary>Returns 2–4 waypoints from <paramref name="from"/> to <paramref name="to"/>; the last is exactly <paramref name="to"/>.</summary>
    /// <remarks>A quadratic Bézier whose control point sits off the straight line by up to a fifth of the distance,
    /// so the path bends like a wrist's arc instead of running straight as automation does.</remarks>
    internal static IReadOnlyList<PointF> Waypoints(PointF from, PointF to, Random random)
    {
        var dx = to.X - from.X;
        var dy = to.Y - from.Y;
        var bend = (float)((random.NextDouble() * 0.4) - 0.2);
        var control = new PointF(from.X + (dx / 2) - (dy * bend), from.Y + (dy / 2) + (dx * bend));
        var count = random.Next(2, 5);
        var points = new List<PointF>(count);
        for (var i = 1; i <= count; i++)
        {
            var t = (float)i / count;
            var u = 1 - t;
            points.Add(new PointF(
                (u * u * from.X) + (2 * u * t * control.X) + (t * t * to.X),
                (u * u * from.Y) + (2 * u * t * control.Y) + (t * t * to.Y)));
        }

        points[^1] = to;
        return points;
    }

    /// <summary>Picks a point in the middle half of a box, denser towards its centre (the mean of two uniform draws).</summary>
    internal static PointF Inside(float x, float y, float width, float height, Random random)
    {
        float Along(float start, float length) => start + (length * (0.25f + (0.25f * (float)(random.NextDouble() + random.NextDouble()))));
        return new PointF(Along(x, width), Along(y, height));
    }
}

/// <summary>A point in CSS pixels of the viewport.</summary>
/// <param name="X">The horizontal coordinate.</param>
/// <param name="Y">The vertical coordinate.</param>
internal readonly record struct PointF(float X, float Y);
