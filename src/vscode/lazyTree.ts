/**
 * A tree view whose data provider lives in the main bundle: the view is created at activation (so
 * VS Code has a provider for it and the main bundle can set its message and badge), and the real
 * provider is loaded the first time VS Code asks for the view's items, i.e. when it is shown.
 * Part of the thin activation bundle: imports `vscode` only.
 */
import * as vscode from 'vscode';

/** The provider VS Code sees: forwards to the real one, loading it on first use. */
class LazyTreeDataProvider implements vscode.TreeDataProvider<unknown>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<unknown>();
  readonly onDidChangeTreeData = this.changed.event;
  private loading: Promise<vscode.TreeDataProvider<unknown>> | undefined;
  private subscription: vscode.Disposable | undefined;

  constructor(private readonly load: () => Promise<vscode.TreeDataProvider<unknown>>) {}

  private provider(): Promise<vscode.TreeDataProvider<unknown>> {
    this.loading ??= this.load().then((target) => {
      this.subscription = target.onDidChangeTreeData?.((e) => this.changed.fire(e));
      return target;
    });
    this.loading.catch(() => (this.loading = undefined)); // a failed load is retried on the next ask
    return this.loading;
  }

  async getChildren(element?: unknown): Promise<unknown[]> {
    return (await (await this.provider()).getChildren(element)) ?? [];
  }

  async getTreeItem(element: unknown): Promise<vscode.TreeItem> {
    // elements come from getChildren, so the provider is loaded by now
    return (await this.provider()).getTreeItem(element);
  }

  async getParent(element: unknown): Promise<unknown> {
    return (await this.provider()).getParent?.(element);
  }

  dispose(): void {
    this.subscription?.dispose();
    this.changed.dispose();
  }
}

/**
 * Creates the tree view `id` at once; `load(view)` gives its real provider (it may set the view's
 * message, badge or title) and is called when VS Code first asks for the view's items.
 */
export function createLazyTreeView(
  id: string,
  options: { showCollapseAll?: boolean },
  load: (view: vscode.TreeView<unknown>) => Promise<vscode.TreeDataProvider<unknown>>,
): vscode.Disposable {
  // VS Code asks for items only once the view exists, so `view` is set when `load` runs
  const provider: LazyTreeDataProvider = new LazyTreeDataProvider(() => load(view));
  const view: vscode.TreeView<unknown> = vscode.window.createTreeView(id, { ...options, treeDataProvider: provider });
  return vscode.Disposable.from(provider, view);
}
