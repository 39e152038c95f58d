// A typedoc plugin that enforces the house rule "every export has TSDoc with an @example".
// It warns for each top-level export without one; the build treats warnings as errors.
import { Converter, ReflectionKind } from "typedoc";

const CHECKED_KINDS =
  ReflectionKind.Function |
  ReflectionKind.Variable |
  ReflectionKind.Class |
  ReflectionKind.Interface |
  ReflectionKind.TypeAlias |
  ReflectionKind.Enum;

function hasExample(reflection) {
  const comments = [reflection.comment, ...(reflection.signatures ?? []).map((s) => s.comment)];
  return comments.some((comment) => comment?.getTag("@example") !== undefined);
}

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    for (const reflection of context.project.getReflectionsByKind(CHECKED_KINDS)) {
      const isTopLevel = reflection.parent?.kindOf(ReflectionKind.Module | ReflectionKind.Project);
      if (isTopLevel && !hasExample(reflection)) {
        app.logger.warn(
          `${reflection.getFriendlyFullName()} has no @example in its TSDoc (every export needs one)`,
        );
      }
    }
  });
}
