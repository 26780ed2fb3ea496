package io.github.wirestory.internal.html;

import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeFilter.FilterResult;
import org.jsoup.select.NodeVisitor;

/**
 * Depth-first walks over a subtree that is not changed during the walk: the calls and their order are those of
 * {@link org.jsoup.select.NodeTraversor}, but each child is reached by its index in its parent (kept on a stack)
 * rather than by {@link Node#nextSibling()}, which looks the node's index up again at every step.
 */
final class Walk {
    private Walk() {}

    /**
     * {@link org.jsoup.select.NodeTraversor#filter}: {@code head} on entering each node, {@code tail} on leaving
     * it unless its head said {@code SKIP_ENTIRELY}; children skipped unless {@code CONTINUE}; {@code STOP} ends
     * the walk. {@code REMOVE} is not supported (the tree must not change).
     */
    static void filter(NodeFilter filter, Node root) {
        FilterResult r = filter.head(root, 0);
        if (r == FilterResult.STOP || r == FilterResult.SKIP_ENTIRELY) {
            return;
        }
        if (r != FilterResult.CONTINUE || root.childNodeSize() == 0) {
            filter.tail(root, 0);
            return;
        }
        Node[] parents = new Node[8];
        int[] next = new int[8];
        int top = 0;
        parents[0] = root;
        while (top >= 0) {
            Node parent = parents[top];
            int i = next[top];
            if (i == parent.childNodeSize()) {
                if (filter.tail(parent, top) == FilterResult.STOP) {
                    return;
                }
                top--;
                continue;
            }
            next[top] = i + 1;
            Node child = parent.childNode(i);
            int depth = top + 1;
            FilterResult cr = filter.head(child, depth);
            if (cr == FilterResult.STOP) {
                return;
            }
            if (cr == FilterResult.CONTINUE && child.childNodeSize() > 0) {
                if (depth == parents.length) {
                    parents = java.util.Arrays.copyOf(parents, depth * 2);
                    next = java.util.Arrays.copyOf(next, depth * 2);
                }
                parents[depth] = child;
                next[depth] = 0;
                top = depth;
            } else if (cr != FilterResult.SKIP_ENTIRELY && filter.tail(child, depth) == FilterResult.STOP) {
                return;
            }
        }
    }

    /** {@link org.jsoup.select.NodeTraversor#traverse}: {@code head} and {@code tail} on every node. */
    static void traverse(NodeVisitor visitor, Node root) {
        filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                visitor.head(node, depth);
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                visitor.tail(node, depth);
                return FilterResult.CONTINUE;
            }
        }, root);
    }
}
